import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

// The lint rule that keeps the domain pure, exercised on code that breaks it.
describe('the domain package', () => {
  const eslint = new ESLint({
    cwd: root,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  const importsIn = async (filePath: string, code: string) =>
    (await eslint.lintText(code, { filePath: join(root, filePath) })).flatMap((r) =>
      r.messages.map((m) => m.message),
    );

  it('may not import a framework, a server client or a node: module', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { Injectable } from '@nestjs/common';",
      "import { Kafka } from 'kafkajs';",
      "import mongoose from 'mongoose';",
      "import { useState } from 'react';",
      'export const used = [readFileSync, Injectable, Kafka, mongoose, useState];',
    ].join('\n');
    const messages = await importsIn('packages/domain/src/projections/impure.ts', code);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toContain('The domain does no I/O');
  });

  it('leaves the adapters free to import them', async () => {
    expect(
      await importsIn(
        'apps/ingest-api/src/impure.ts',
        "import { Kafka } from 'kafkajs';\nexport const k = Kafka;",
      ),
    ).toEqual([]);
  });
});
