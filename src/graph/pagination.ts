import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { InvalidInputError } from '../domain/errors';

export const MAX_PAGE_SIZE = 100;

/** Most items a list field that grows with the data returns (neighbours, claims). */
export const LIST_CAP = 50;

@ArgsType()
export class CappedListArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many, 1 to ${LIST_CAP}` })
  @IsInt()
  @Min(1)
  @Max(LIST_CAP)
  first = 20;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  after?: string;
}

const PREFIX = 'offset:';
/** Offsets this server hands out: small non-negative integers, written in decimal. */
const CURSOR = /^offset:(0|[1-9][0-9]{0,14})$/;

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The offset after the given cursor (0 without one); a cursor this server did not make is a client error. */
export function offsetAfter(cursor: string | null | undefined): number {
  if (cursor === undefined || cursor === null) return 0;
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) {
    const shown = cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor;
    throw new InvalidInputError(
      [{ path: 'after', message: `"${shown}" is not a cursor of this list` }],
      'after',
    );
  }
  return Number(match[1]) + 1;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when the client asks for totalCount. */
  countTotal: () => Promise<number>;
}

/** Builds the page from `limit + 1` rows: the extra row only says whether there is a next page. */
export function toConnection<T>(
  rows: T[],
  offset: number,
  limit: number,
  countTotal: () => Promise<number>,
): ConnectionShape<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal,
  };
}

/** A Relay connection type `<Name>Connection` with edges `<Name>Edge`. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | Function, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    countTotal!: () => Promise<number>;

    @Field(() => Int, {
      description: 'All matches, whatever the page; counted in the database, not by loading them',
    })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }
  return Connection;
}

export function asConnection<C extends object, T>(type: ClassType<C>, shape: ConnectionShape<T>): C {
  return Object.assign(new type(), shape);
}
