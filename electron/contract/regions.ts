import { z } from 'zod';

/**
 * Kazakhstan's regions (issue 15): the 17 oblasts as of 2022 (Abai, Jetisu and Ulytau formed that year) and the
 * three cities of republican significance. A facility's admin picks one; its bundles carry it, so a supervising
 * department can read its combined trends by region. The words are in common/regionText.ts (kk, ru, en).
 */
export const KZ_REGIONS = [
  'abai',
  'akmola',
  'aktobe',
  'almaty-region',
  'atyrau',
  'east-kazakhstan',
  'jambyl',
  'jetisu',
  'karaganda',
  'kostanay',
  'kyzylorda',
  'mangystau',
  'north-kazakhstan',
  'pavlodar',
  'turkistan',
  'ulytau',
  'west-kazakhstan',
  'astana',
  'almaty-city',
  'shymkent',
] as const;
export const regionSchema = z.enum(KZ_REGIONS);
export type Region = z.infer<typeof regionSchema>;
