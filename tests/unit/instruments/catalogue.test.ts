import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, getInstrument } from '../../../assessments/instruments';

describe('instrument catalogue', () => {
  it('loads every definition', () => {
    expect(INSTRUMENTS.map((i) => i.id)).toEqual([
      'htp',
      'nonExistentAnimal',
      'dapr',
      'kfd',
      'ppat',
      'freeDrawing',
      'phq9',
      'gad7',
      'rses',
      'k10',
      'audit',
      'pcl5',
    ]);
    expect(getInstrument('phq9')?.code).toBe('PHQ-9');
  });
});
