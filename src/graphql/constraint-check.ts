import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

interface Constraint {
  metadata: ValidationMetadata;
  validate(value: unknown, args: ValidationArguments): unknown;
}

interface PropertyCheck {
  name: string;
  /** @IsOptional, @ValidateIf: when one says no, the property is not checked. */
  conditions: Array<(object: object, value: unknown) => boolean>;
  constraints: Constraint[];
}

/** A class's checks, gathered from class-validator's metadata once; null when it uses what `holds` does not run. */
type ClassCheck = { properties: PropertyCheck[]; allowed: Set<string> } | null;

const RUN_HERE = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.WHITELIST,
]);

function gather(target: Function): ClassCheck {
  const storage = getMetadataStorage();
  // As class-validator's executor asks for them: no schema, no groups.
  const noSchema = undefined as unknown as string;
  const metadatas = storage.getTargetValidationMetadatas(target, noSchema, false, false, undefined);
  if (metadatas.length === 0) return null;
  const properties: PropertyCheck[] = [];
  for (const [name, found] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const property: PropertyCheck = { name, conditions: [], constraints: [] };
    for (const metadata of found) {
      if (!RUN_HERE.has(metadata.type) || (metadata.groups?.length ?? 0) > 0) return null;
      if (metadata.type === ValidationTypes.CONDITIONAL_VALIDATION)
        property.conditions.push(metadata.constraints[0] as (object: object, value: unknown) => boolean);
      if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION && metadata.type !== ValidationTypes.IS_DEFINED)
        continue;
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return null;
        property.constraints.push({
          metadata,
          validate: (value, args) => constraint.instance.validate(value, args),
        });
      }
    }
    properties.push(property);
  }
  return { properties, allowed: new Set(properties.map((property) => property.name)) };
}

function passes(validate: Constraint['validate'], value: unknown, args: ValidationArguments): boolean {
  try {
    const valid = validate(value, args);
    return Boolean(valid) && !(valid instanceof Promise);
  } catch {
    return false;
  }
}

const checks = new WeakMap<Function, ClassCheck>();

/**
 * True when class-validator, with the options of validate-input.ts (whitelist, forbidden unknown
 * properties and values, no groups), would find nothing wrong with `object`: every constraint of
 * every property it has metadata for is run, with the arguments class-validator gives, once the
 * conditions (@IsOptional) allow. Its executor builds the same answer from scratch on each call;
 * here the metadata is gathered once per class. False when a constraint fails, or when the class
 * uses what this does not run (nested or async validation, groups, `each` over a set or a map): class-validator then
 * checks the object and writes the errors.
 */
export function holds(object: object): boolean {
  const target = object.constructor;
  let check = checks.get(target);
  if (check === undefined) {
    check = gather(target);
    checks.set(target, check);
  }
  if (!check) return false;
  for (const key of Object.keys(object)) if (!check.allowed.has(key)) return false;
  const record = object as Record<string, unknown>;
  for (const property of check.properties) {
    const value = record[property.name];
    if (!property.conditions.every((condition) => condition(object, value))) continue;
    for (const { metadata, validate } of property.constraints) {
      const args: ValidationArguments = {
        targetName: target.name,
        property: metadata.propertyName,
        object,
        value,
        constraints: metadata.constraints,
      };
      // `each` checks every item of an array (class-validator also takes sets and maps: left to it).
      if (metadata.each && (value instanceof Set || value instanceof Map)) return false;
      const items = metadata.each && Array.isArray(value) ? (value as unknown[]) : [value];
      if (!items.every((item) => passes(validate, item, args))) return false;
    }
  }
  return true;
}
