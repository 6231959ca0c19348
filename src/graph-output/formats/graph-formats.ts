import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import type { Subgraph } from '../subgraph.type';
import { flatAttributes } from './flat-attributes';
import { toGraphML } from './graphml';
import { xmlAttributes, xmlText } from './xml-text';

export type ExportFormat = 'cytoscape' | 'graphology' | 'graphml' | 'gexf';

export const EXPORT_FORMATS: Record<ExportFormat, { contentType: string; extension: string }> = {
  cytoscape: { contentType: 'application/json', extension: 'cyjs.json' },
  graphology: { contentType: 'application/json', extension: 'graphology.json' },
  graphml: { contentType: 'application/graphml+xml', extension: 'graphml' },
  gexf: { contentType: 'application/gexf+xml', extension: 'gexf' },
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && value in EXPORT_FORMATS;
}

/** Cytoscape.js elements JSON: `{ elements: { nodes: [{ data }], edges: [{ data }] } }`. */
export function toCytoscape(graph: Subgraph): unknown {
  return {
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: { ...node.properties, id: node.id, label: node.label, type: node.type },
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          ...edge.properties,
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edge.label,
          type: edge.type,
        },
      })),
    },
  };
}

/**
 * A graphology graph (directed, multi), the model Sigma.js draws. `forXml` flattens the attributes
 * and drops from every string what XML cannot carry, for the GEXF writer.
 */
export function toGraphologyGraph(graph: Subgraph, forXml = false): Graph {
  const result = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const text = (value: string) => (forXml ? xmlText(value) : value);
  const attributes = (properties: Record<string, unknown>, label: string, type: string) =>
    forXml ? xmlAttributes({ ...flatAttributes(properties), label, type }) : { ...properties, label, type };
  for (const node of graph.nodes)
    result.addNode(text(node.id), attributes(node.properties, node.label, node.type));
  for (const edge of graph.edges) {
    result.addEdgeWithKey(
      text(edge.id),
      text(edge.source),
      text(edge.target),
      attributes(edge.properties, edge.label, edge.type),
    );
  }
  return result;
}

/** The export as text, in one of the formats front ends and tools read. */
export function exportGraph(graph: Subgraph, format: ExportFormat): string {
  switch (format) {
    case 'cytoscape':
      return JSON.stringify(toCytoscape(graph), null, 2);
    case 'graphology':
      return JSON.stringify(toGraphologyGraph(graph).export(), null, 2);
    case 'gexf':
      return writeGexf(toGraphologyGraph(graph, true), { pretty: true });
    case 'graphml':
      return toGraphML(graph);
  }
}
