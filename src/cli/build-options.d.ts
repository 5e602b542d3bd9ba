import type { BuildOptions } from 'esbuild';

export declare function cliBuildOptions(root: string, outfile: string): BuildOptions;
