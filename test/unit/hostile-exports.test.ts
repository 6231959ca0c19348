import { DOMParser } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../src/graph-output/formats/graph-formats';
import type { Subgraph } from '../../src/graph-output/subgraph.type';

/** Every character XML 1.0 cannot carry, and the ones that need escaping or look like markup. */
const HOSTILE =
  'A\u0000B\u0001C\u0008D\u000BE\u000CF\u001FG\uFFFEH\uFFFFI\uD800J\uDC00K ]]> <x/> & "q" \'a\' \t\n\r 🦊 end';
/** What survives: the forbidden characters dropped, everything else as it was. */
const SURVIVING = 'ABCDEFGHIJK ]]> <x/> & "q" \'a\' \t\n\r 🦊 end';

const graph: Subgraph = {
  truncated: false,
  nodes: [
    {
      id: 'event:hostile',
      label: HOSTILE,
      type: 'Event',
      properties: { id: 'event:hostile', title: HOSTILE, aliases: [HOSTILE, 'plain'], count: 2 },
    },
    { id: 'state:FR', label: 'France', type: 'State', properties: { id: 'state:FR' } },
  ],
  edges: [
    {
      id: 'rel:hostile',
      source: 'event:hostile',
      target: 'state:FR',
      type: 'INITIATED_BY',
      label: HOSTILE,
      properties: { note: HOSTILE },
    },
  ],
};

/** The XML 1.0 Char production, code point by code point. */
function forbiddenInXml(text: string): number[] {
  const found: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) {
      index++;
      continue;
    }
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd);
    if (!allowed) found.push(code);
  }
  return found;
}

function parseXmlStrictly(text: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({
    errorHandler: {
      warning: (message) => problems.push(`warning: ${message}`),
      error: (message) => problems.push(`error: ${message}`),
      fatalError: (message) => problems.push(`fatal: ${message}`),
    },
  }).parseFromString(text, 'text/xml');
  expect(problems).toEqual([]);
  return document as unknown as Document;
}

describe('hostile titles in every export format', () => {
  const formats = Object.keys(EXPORT_FORMATS) as ExportFormat[];

  it.each(formats)('%s carries nothing XML or JSON forbids and parses back', (format) => {
    const text = exportGraph(graph, format);
    if (format === 'graphml' || format === 'gexf') {
      expect(forbiddenInXml(text)).toEqual([]);
      parseXmlStrictly(text);
    } else {
      expect(JSON.parse(text)).toBeTruthy();
    }
  });

  it('GraphML: graphology-graphml reads the titles back with only the forbidden characters gone', () => {
    const parsed = parseGraphml(Graph, exportGraph(graph, 'graphml'));
    expect(parsed.getNodeAttribute('event:hostile', 'label')).toBe(SURVIVING);
    expect(parsed.getNodeAttribute('event:hostile', 'title')).toBe(SURVIVING);
    expect(parsed.getNodeAttribute('event:hostile', 'aliases')).toBe(`${SURVIVING}; plain`);
    expect(parsed.getEdgeAttribute('rel:hostile', 'note')).toBe(SURVIVING);
  });

  it('GEXF: graphology-gexf reads the titles back with only the forbidden characters gone', () => {
    const text = exportGraph(graph, 'gexf');
    const parsed = parseGexf(Graph, text);
    expect(parsed.getNodeAttribute('event:hostile', 'label')).toBe(SURVIVING);
    expect(parsed.getNodeAttribute('event:hostile', 'title')).toBe(SURVIVING);
    expect(parsed.getEdgeAttribute('rel:hostile', 'note')).toBe(SURVIVING);
    const document = parseXmlStrictly(text);
    expect(document.getElementsByTagName('node')).toHaveLength(2);
  });

  it('JSON formats keep the titles as they are', () => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(exportGraph(graph, 'cytoscape')).elements });
    expect(cy.getElementById('event:hostile').data('title')).toBe(HOSTILE);
    const imported = Graph.from(JSON.parse(exportGraph(graph, 'graphology')));
    expect(imported.getNodeAttribute('event:hostile', 'title')).toBe(HOSTILE);
  });
});
