/**
 * The names of Kazakhstan's regions (the ids of electron/contract/regions.ts, which common/ may not import; a unit
 * test checks that every id has its three names) in kk, ru and en, as the regions' official names have them since
 * 2022 (Russian «область Абай», «область Жетісу», «область Ұлытау» keep the Kazakh letters, as the decree of
 * 8 June 2022 names them). One source for the facility's settings, the supervisor's tables and files.
 */
import type { Language } from './format';

const NAMES: Record<string, Record<Language, string>> = {
  abai: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' },
  akmola: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' },
  aktobe: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' },
  'almaty-region': { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' },
  atyrau: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' },
  'east-kazakhstan': { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' },
  jambyl: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Jambyl Region' },
  jetisu: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Jetisu Region' },
  karaganda: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' },
  kostanay: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' },
  kyzylorda: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' },
  mangystau: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' },
  'north-kazakhstan': { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' },
  pavlodar: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' },
  turkistan: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' },
  ulytau: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' },
  'west-kazakhstan': { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' },
  astana: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana (city)' },
  'almaty-city': { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty (city)' },
  shymkent: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent (city)' },
};

/** The region's name; an unknown id is returned as it is (a newer app's region read by an older one). */
export function regionName(region: string, language: Language): string {
  return NAMES[region]?.[language] ?? region;
}
