import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { exportGraph, toCytoscape } from '../../src/graph-output/formats/graph-formats';
import type { Subgraph } from '../../src/graph-output/subgraph.type';

const graph: Subgraph = {
  truncated: false,
  nodes: [
    {
      id: 'event:gb-23',
      label: 'UK expels 23 (2018-03-14)',
      type: 'Event',
      properties: {
        id: 'event:gb-23',
        date: '2018-03-14',
        dateEarliest: '2018-03-14',
        count: 23,
        secret: false,
      },
    },
    {
      id: 'event:ru-23',
      label: 'Russia answers <symmetrically> & "at once"',
      type: 'Event',
      properties: {
        id: 'event:ru-23',
        date: '2018-03~',
        dateEarliest: '2018-03-01',
        count: 23,
        aliases: ['a', 'b'],
      },
    },
    { id: 'state:GB', label: 'United Kingdom', type: 'State', properties: { id: 'state:GB', iso2: 'GB' } },
  ],
  edges: [
    {
      id: 'rel:answer',
      source: 'event:ru-23',
      target: 'event:gb-23',
      type: 'RETALIATED_AGAINST',
      label: '3 d · mirror',
      properties: { id: 'rel:answer', basis: 'STATED', confidence: 0.9 },
    },
    {
      id: 'INITIATED_BY:event:gb-23->state:GB',
      source: 'event:gb-23',
      target: 'state:GB',
      type: 'INITIATED_BY',
      label: 'initiated by',
      properties: {},
    },
  ],
};

describe('graph exports open in the libraries they target', () => {
  it('Cytoscape.js loads the elements JSON', () => {
    const cy = cytoscape({ headless: true, elements: JSON.parse(exportGraph(graph, 'cytoscape')).elements });
    expect(cy.nodes()).toHaveLength(3);
    expect(cy.getElementById('rel:answer').data()).toMatchObject({
      source: 'event:ru-23',
      target: 'event:gb-23',
      basis: 'STATED',
    });
    expect(cy.getElementById('event:ru-23').data('date')).toBe('2018-03~');
  });

  it('graphology imports the serialized graph (what Sigma.js draws)', () => {
    const imported = Graph.from(JSON.parse(exportGraph(graph, 'graphology')));
    expect(imported.order).toBe(3);
    expect(imported.size).toBe(2);
    expect(imported.getEdgeAttributes('rel:answer')).toMatchObject({
      type: 'RETALIATED_AGAINST',
      confidence: 0.9,
    });
    expect(imported.getNodeAttribute('event:gb-23', 'dateEarliest')).toBe('2018-03-14');
  });

  it('the GEXF parser reads the GEXF, escaping included', () => {
    const parsed = parseGexf(Graph, exportGraph(graph, 'gexf'));
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(2);
    expect(parsed.getNodeAttribute('event:ru-23', 'label')).toBe(
      'Russia answers <symmetrically> & "at once"',
    );
    expect(parsed.getNodeAttribute('event:ru-23', 'date')).toBe('2018-03~');
  });

  it('the GraphML parser reads the GraphML, with typed attributes', () => {
    const parsed = parseGraphml(Graph, exportGraph(graph, 'graphml'));
    expect(parsed.order).toBe(3);
    expect(parsed.size).toBe(2);
    expect(parsed.getNodeAttribute('event:ru-23', 'label')).toBe(
      'Russia answers <symmetrically> & "at once"',
    );
    expect(parsed.getNodeAttribute('event:gb-23', 'count')).toBe(23);
    expect(parsed.getNodeAttribute('event:ru-23', 'aliases')).toBe('a; b');
  });

  it('keeps EDTF strings and ISO dates as they are', () => {
    const { elements } = toCytoscape(graph) as {
      elements: { nodes: Array<{ data: Record<string, unknown> }> };
    };
    expect(elements.nodes[1]?.data).toMatchObject({ date: '2018-03~', dateEarliest: '2018-03-01' });
  });
});
