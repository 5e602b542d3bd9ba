import { it } from 'vitest';
import { findHostileMarkup } from '../hostile-markup';
it('src', () => { const s = findHostileMarkup.toString(); console.log(s.length, /__name|__vite|import\(/.test(s), s.slice(0, 200)); });
