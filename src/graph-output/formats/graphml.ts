import type { Subgraph } from '../subgraph.type';
import { flatAttributes } from './flat-attributes';
import { xmlText } from './xml-text';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser would read a bare carriage return as a line feed.
  '\r': '&#13;',
};
const escapeXml = (text: string) => xmlText(text).replace(/[&<>"'\r]/g, (char) => ESCAPES[char] ?? char);

type Attributes = Record<string, string | number | boolean>;

function keysOf(items: Attributes[], prefix: string): Map<string, { id: string; type: string }> {
  const keys = new Map<string, { id: string; type: string }>();
  for (const item of items) {
    for (const [name, value] of Object.entries(item)) {
      const type = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `${prefix}${keys.size}`, type });
      else if (known.type !== type) known.type = 'string';
    }
  }
  return keys;
}

function data(attributes: Attributes, keys: Map<string, { id: string }>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `<data key="${keys.get(name)?.id}">${escapeXml(String(value))}</data>`)
    .join('');
}

/** GraphML (Gephi, yEd, networkx), attributes declared with their types. */
export function toGraphML(graph: Subgraph): string {
  const nodes = graph.nodes.map((node) => ({
    id: node.id,
    attributes: { ...flatAttributes(node.properties), label: node.label, type: node.type },
  }));
  const edges = graph.edges.map((edge) => ({
    ...edge,
    attributes: { ...flatAttributes(edge.properties), label: edge.label, type: edge.type },
  }));
  const nodeKeys = keysOf(
    nodes.map((node) => node.attributes),
    'n',
  );
  const edgeKeys = keysOf(
    edges.map((edge) => edge.attributes),
    'e',
  );
  const declarations = [
    ...[...nodeKeys].map(
      ([name, key]) =>
        `  <key id="${key.id}" for="node" attr.name="${escapeXml(name)}" attr.type="${key.type}"/>`,
    ),
    ...[...edgeKeys].map(
      ([name, key]) =>
        `  <key id="${key.id}" for="edge" attr.name="${escapeXml(name)}" attr.type="${key.type}"/>`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declarations,
    '  <graph id="riposte" edgedefault="directed">',
    ...nodes.map((node) => `    <node id="${escapeXml(node.id)}">${data(node.attributes, nodeKeys)}</node>`),
    ...edges.map(
      (edge) =>
        `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${data(edge.attributes, edgeKeys)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
