/**
 * HTML → plain text with its paragraph structure: block elements become paragraphs, <br>
 * a line break, table cells are separated by tabs; scripts, styles, forms and embedded
 * objects are dropped. Works on any DOM (linkedom here). Nothing is executed or fetched:
 * this only reads nodes.
 */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'button', 'select', 'textarea', 'input', 'video', 'audio', 'picture', 'map']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const PARAGRAPH = '\u0000P';
const LINE = '\u0000L';

export function htmlToText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      out.push(pre ? value.replace(/\n/g, LINE) : value.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') {
      out.push(LINE);
      return;
    }
    const block = BLOCK.has(tag);
    if (block) out.push(PARAGRAPH);
    if (tag === 'li') out.push('• ');
    const inPre = pre || tag === 'pre';
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, inPre);
    if (tag === 'td' || tag === 'th') out.push('\t');
    if (block) out.push(PARAGRAPH);
  };
  walk(root, false);
  return out
    .join('')
    .split(PARAGRAPH)
    .map((paragraph) =>
      paragraph
        .split(LINE)
        .map((line) => line.replace(/[ \t\u00a0]+/g, (m) => (m.includes('\t') ? '\t' : ' ')).trim())
        .join('\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
