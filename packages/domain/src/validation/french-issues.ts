import type { z } from 'zod';

/** One validation problem, as the API and the CLIs show it: which field, which rule, in French. */
export type ValidationIssue = { field: string; rule: string; message: string };

const TYPE_NAMES: Record<string, string> = {
  string: 'une chaîne de caractères',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'un booléen (true ou false)',
  object: 'un objet',
  array: 'une liste',
  null: 'null',
};

const FORMAT_NAMES: Record<string, string> = {
  datetime: 'un horodatage ISO 8601 avec fuseau (ex. 2024-04-30T18:00:00+02:00)',
  uuid: 'un UUID',
  regex: 'au format attendu',
};

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(racine)' : path.map(String).join('.');
}

function bound(
  issue: { origin: string; inclusive?: boolean },
  value: unknown,
  direction: 'min' | 'max',
): string {
  if (issue.origin === 'string')
    return `contenir ${direction === 'min' ? 'au moins' : 'au plus'} ${String(value)} caractère(s)`;
  if (issue.origin === 'array' || issue.origin === 'set') {
    return `contenir ${direction === 'min' ? 'au moins' : 'au plus'} ${String(value)} élément(s)`;
  }
  const inclusive = issue.inclusive !== false;
  if (direction === 'min')
    return `être ${inclusive ? 'supérieur ou égal à' : 'strictement supérieur à'} ${String(value)}`;
  return `être ${inclusive ? 'inférieur ou égal à' : 'strictement inférieur à'} ${String(value)}`;
}

/**
 * A zod error map in French: the rule each value breaks, as a predicate ("doit être un nombre"),
 * which `validationIssues` puts after the field's name. Refinements in the schemas write their own
 * messages the same way.
 */
export function frenchIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'est obligatoire';
      if (issue.expected === 'number' && typeof issue.input === 'number') return 'doit être un nombre fini';
      return `doit être ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `doit ${bound(issue, issue.minimum, 'min')}`;
    case 'too_big':
      return `doit ${bound(issue, issue.maximum, 'max')}`;
    case 'invalid_format':
      return `doit être ${FORMAT_NAMES[issue.format] ?? `au format ${issue.format}`}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `doit valoir ${JSON.stringify(issue.values[0])}`
        : `doit valoir l'une des valeurs ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return "n'est pas un champ accepté";
    case 'invalid_union':
      return 'ne correspond à aucune des formes acceptées';
    case 'not_multiple_of':
      return `doit être un multiple de ${String(issue.divisor)}`;
    case 'custom':
      return issue.message ?? 'a une valeur refusée';
    case 'invalid_key':
    case 'invalid_element':
      return 'contient une valeur invalide';
  }
}

/** Parse options that make zod speak French. */
export const frenchErrors = { error: frenchIssueMessage } as const;

/** Converts zod issues into validation issues that name the field and the rule. */
export function validationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const field = fieldName([...issue.path, key]);
        return {
          field,
          rule: 'champ_non_accepte',
          message: `Le champ « ${field} » n'est pas un champ accepté.`,
        };
      });
    }
    const field = fieldName(issue.path);
    // A refinement names its rule in its params (`{ params: { rule: 'passe' } }`): clients tell rules
    // apart by that name, which 'custom' would not give.
    const named =
      issue.code === 'custom' ? (issue.params as { rule?: unknown } | undefined)?.rule : undefined;
    const rule = typeof named === 'string' ? named : issue.code;
    return [{ field, rule, message: `Le champ « ${field} » ${issue.message}.` }];
  });
}
