// Korean and Chinese news open the text with the agency's or the paper's dateline, and the dateline
// names the reporters: "(서울=연합뉴스) 홍길동 기자 = …", "[해안신문=홍길동 기자] …",
// "新华社北京12月4日电（记者 张三 李四）…", "本报讯（记者张三）…". Where no byline names them, that
// is where the page does (fixture meta-byline-wire-lead.html).
import type { Deadline } from '../dom/deadline';
import { SHOW_TEXT } from '../dom/walk';
import { KO_DATELINE, KO_NAME_SPLIT_RE, KO_REPORTER } from './byline-text';

// "(서울=연합뉴스) 홍길동 기자 =": place and agency in brackets, then the reporter (group 2) and an
// equals sign.
const KO_WIRE_RE = new RegExp(`^${KO_DATELINE}\\s*${KO_REPORTER}\\s*=`, 'u');
// "[해안신문=홍길동 기자]", "[해안신문 홍길동 기자]": the paper and the reporter in one bracket.
const KO_BRACKET_RE = new RegExp(`^[\\[(]\\s*[^()\\[\\]=]{1,20}?(?:=|\\s)\\s*${KO_REPORTER}\\s*[\\])]`, 'u');
// "…电（记者 张三 李四）", "本报讯（记者张三、李四 通讯员王五）": a wire's or the paper's report.
const ZH_WIRE_RE = /^[^（(]{0,30}(?:电|讯)\s*[（(]\s*(?:本报)?记者\s*([^（）()]{2,40}?)\s*[）)]/;
const ZH_NAME_RE = /^\p{Script=Han}{2,4}$/u;
// Someone else the dateline credits after the reporters (a stringer, an intern).
const ZH_OTHER_ROLE_RE = /通讯员|实习生|见习记者|摄影/;
// The dateline opens one of the first texts after the headline; shorter texts are the byline's
// or the date's lines.
const MIN_TEXT_CHARS = 20;
const MAX_TEXTS = 6;

/** The reporters a Korean or Chinese dateline at the start of the text names; [] when none. */
export function readWireLead(doc: Document, deadline?: Deadline): string[] {
  const h1 = doc.body?.getElementsByTagName('h1')[0];
  if (!h1) return [];
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  walker.currentNode = h1;
  // Past the headline's own text.
  let node = walker.nextNode();
  while (node && h1.contains(node)) node = walker.nextNode();
  for (let seen = 0; node && seen < MAX_TEXTS; node = walker.nextNode()) {
    deadline?.tick();
    const text = (node.nodeValue ?? '').trim();
    if (text.length < MIN_TEXT_CHARS) continue;
    seen++;
    const names = leadNames(text);
    if (names.length) return names;
  }
  return [];
}

function leadNames(text: string): string[] {
  const ko = KO_WIRE_RE.exec(text)?.[2] ?? KO_BRACKET_RE.exec(text)?.[1];
  if (ko) return ko.split(KO_NAME_SPLIT_RE);
  const zh = ZH_WIRE_RE.exec(text)?.[1];
  if (!zh) return [];
  const names: string[] = [];
  for (const part of zh.split(/[\s、，,]+/)) {
    if (ZH_OTHER_ROLE_RE.test(part)) break;
    if (ZH_NAME_RE.test(part)) names.push(part);
  }
  return names;
}
