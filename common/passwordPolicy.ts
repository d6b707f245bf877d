import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE, type PasswordRule } from './passwordPolicyRules';

export { PASSWORD_MIN_LENGTH, PASSWORD_MIN_SCORE, type PasswordRule };

/**
 * One password policy for the strength meter in the renderer and the check in the
 * backend, so the UI never accepts what the backend refuses. zxcvbn-ts estimates
 * guessability offline (no dictionary is fetched: the common dictionaries are bundled).
 */

let estimator: ZxcvbnFactory | null = null;
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return estimator;
}

export type PasswordAssessment = {
  /** 0 (trivial) … 4 (very strong), as zxcvbn reports it. */
  score: 0 | 1 | 2 | 3 | 4;
  /** Rules the password breaks; empty when it is acceptable. */
  broken: PasswordRule[];
};

export function assessPassword(password: string, context: { username?: string; fullName?: string } = {}): PasswordAssessment {
  const userInputs = [context.username, ...(context.fullName ?? '').split(/\s+/)].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  const score = (
    password.length === 0 ? 0 : strengthEstimator().check(password, userInputs).score
  ) as PasswordAssessment['score'];
  const broken: PasswordRule[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) broken.push('length');
  const u = context.username?.trim().toLowerCase();
  if (u && u.length >= 3 && password.toLowerCase().includes(u)) broken.push('notUsername');
  if (score < PASSWORD_MIN_SCORE) broken.push('strength');
  return { score, broken };
}
