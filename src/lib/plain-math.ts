/**
 * The plain-text form of a short text with inline TeX (`$…$`), for places
 * that cannot show typeset math: <meta name="description">, link previews.
 * The TeX goes through KaTeX's MathML, so it is read as KaTeX reads it, and
 * the tree is written out the way one types math in plain text:
 * `$\sigma(x) = 1/(1 + e^{-x})$` → `σ(x) = 1/(1 + e⁻ˣ)`.
 */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import katex from 'katex';

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '−': '⁻', '-': '⁻', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', x: 'ˣ', T: 'ᵀ', '⊤': 'ᵀ', '′': '′',
};

const SUBSCRIPTS: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '−': '₋', '-': '₋', '=': '₌', '(': '₍', ')': '₎',
  a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
};

/**
 * A script in its Unicode forms when every character has one (`−x` → `⁻ˣ`, `ij` → `ᵢⱼ`), else after
 * its marker (`^(ab)`, `_(big)`): `s_i` must not read "si", nor `e^{ab}` "eab".
 */
function script(text: string, forms: Record<string, string>, marker: '^' | '_'): string {
  const chars = [...text];
  if (chars.every((char) => char in forms)) return chars.map((char) => forms[char]).join('');
  return chars.length === 1 ? `${marker}${text}` : `${marker}(${text})`;
}

function group(text: string): string {
  return [...text].length > 1 ? `(${text})` : text;
}

function elements(node: Element): Element[] {
  return node.children.filter((child): child is Element => child.type === 'tag');
}

function write(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag' || node.name === 'annotation') return '';
  const [first, second] = elements(node).map(write);
  switch (node.name) {
    case 'msup':
      return `${first ?? ''}${script((second ?? '').replace(/\s+/g, ''), SUPERSCRIPTS, '^')}`;
    case 'msub':
      return `${first ?? ''}${script((second ?? '').replace(/\s+/g, ''), SUBSCRIPTS, '_')}`;
    case 'mfrac':
      return `${group(first ?? '')}/${group(second ?? '')}`;
    case 'msqrt':
      return `√${group(node.children.map(write).join(''))}`;
    case 'mo': {
      // U+2061–2064 (function application, invisible times…) only guide speech and layout.
      const op = node.children.map(write).join('').replace(/[\u2061-\u2064]/g, '');
      // Relations and + − get spaces around them, and a comma one after it, as one would type them.
      if (op === ',') return ', ';
      return /^[=<>≤≥≈+−]$/.test(op) ? ` ${op} ` : op;
    }
    default:
      return node.children.map(write).join('');
  }
}

/** Plain text of one TeX formula. */
export function texToPlainText(tex: string): string {
  const mathml = katex.renderToString(tex, { output: 'mathml', throwOnError: true });
  return parseDocument(mathml).children.map(write).join('').replace(/\s+/g, ' ').trim();
}

/** Replaces each `$…$` span of `text` with its plain-text form. */
export function plainTextOf(text: string): string {
  return text
    .split(/(?<!\\)\$/)
    .map((part, index) => (index % 2 === 0 ? part : texToPlainText(part)))
    .join('');
}
