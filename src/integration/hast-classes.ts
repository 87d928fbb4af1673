/** The classes of an element in a lesson's HTML tree, however its producer wrote them. */
import type { Element } from 'hast';

/** Shiki writes `class` as one string; remark-rehype writes `className` as a list. */
export function classesOf(node: Element): string[] {
  const classes = node.properties['className'] ?? node.properties['class'];
  return Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(/\s+/);
}

export function hasClass(node: Element, name: string): boolean {
  return classesOf(node).includes(name);
}
