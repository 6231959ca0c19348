import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsInt, Min, ValidateNested, validate } from 'class-validator';
import { ChainArgs } from '../../src/chains/chain.args';
import { EventFilter, EventOrder } from '../../src/event/event-filter.input';
import { CappedListArgs } from '../../src/graph/pagination';
import { holds } from '../../src/graphql/constraint-check';

class Inner {
  @IsInt()
  @Min(1)
  n = 1;
}

class WithNested {
  @ValidateNested()
  inner = new Inner();
}

/** The options of validate-input.ts. */
const OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  skipMissingProperties: false,
  stopAtFirstError: true,
};

const cases: Array<[string, boolean, new () => object, Record<string, unknown>]> = [
  ['a chain with its defaults', true, ChainArgs, { eventId: 'event:a' }],
  ['a chain at its caps', true, ChainArgs, { eventId: 'event:a', depth: 10, maxEvents: 1, maxLinks: 1 }],
  ['a chain too deep', false, ChainArgs, { eventId: 'event:a', depth: 11 }],
  ['a chain of no events', false, ChainArgs, { eventId: 'event:a', maxEvents: 0 }],
  ['a chain of 2.5 links', false, ChainArgs, { eventId: 'event:a', maxLinks: 2.5 }],
  ['a chain with a bad id', false, ChainArgs, { eventId: 'no colon' }],
  ['a chain with an unknown scope', false, ChainArgs, { eventId: 'event:a', scope: 'EVERYTHING' }],
  ['a chain with an unknown property', false, ChainArgs, { eventId: 'event:a', extra: 1 }],
  ['a list of 20', true, CappedListArgs, { first: 20 }],
  ['a list of none', false, CappedListArgs, { first: 0 }],
  ['a list far too long', false, CappedListArgs, { first: 1_000_000 }],
  ['a filter by types', true, EventFilter, { types: ['EXPULSION', 'SANCTION'] }],
  ['a filter by an unknown type', false, EventFilter, { types: ['EXPULSION', 'PARTY'] }],
  ['a filter with no value', true, EventFilter, {}],
  ['a filter with a null', true, EventFilter, { actor: null }],
  ['a filter by a bad actor id', false, EventFilter, { actor: 'x' }],
  ['a filter by an impossible day', false, EventFilter, { from: '2020-02-30' }],
  ['a filter with an empty text', false, EventFilter, { text: '' }],
  ['an order', true, EventOrder, { field: 'DATE', direction: 'DESC' }],
  ['an order in no direction', false, EventOrder, { field: 'DATE', direction: 'SIDEWAYS' }],
  ['nested validation', true, WithNested, {}],
];

describe('the constraint check that spares class-validator on valid arguments', () => {
  it.each(cases)('agrees with class-validator on %s', async (_name, valid, type, plain) => {
    const value = plainToInstance(type, plain);
    expect(await validate(value, OPTIONS)).toHaveLength(valid ? 0 : 1);
    // Nested validation is left to class-validator: never passed here, even when valid.
    expect(holds(value)).toBe(valid && type !== WithNested);
  });

  it('passes the arguments the nested list and the chain queries send', () => {
    expect(holds(plainToInstance(ChainArgs, { eventId: 'event:a', depth: 5 }))).toBe(true);
    expect(holds(plainToInstance(CappedListArgs, { first: 20 }))).toBe(true);
    expect(holds(plainToInstance(EventFilter, { types: ['EXPULSION'] }))).toBe(true);
  });

  it('leaves nested validation and unknown classes to class-validator', () => {
    expect(holds(new WithNested())).toBe(false);
    expect(holds({ anything: 1 })).toBe(false);
  });
});
