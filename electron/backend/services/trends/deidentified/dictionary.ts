import type { DeidentifiedKind, DeidentifiedSummary } from '../../../../contract/deidentifiedExportChannels';

type Lang = 'kk' | 'ru' | 'en';
type Entry = { column: string; meaning: string; values: string };
type Texts = Record<Lang, string>;

/**
 * The data dictionary that goes with a de-identified export (issue 14 §3), in kk, ru and en. It lives in the backend
 * because the backend writes it next to the data; the export page shows the same text through `deidentified:dictionary`.
 * Column names stay in English in every language (they are the CSV's header, read by analysis software).
 */
const COLUMNS: Record<string, { meaning: Texts; values: Texts }> = {
  pseudonym: {
    meaning: {
      kk: 'Клиенттің бүркеншік атауы. Бір адамның барлық жолдарында бірдей.',
      ru: 'Псевдоним клиента. Одинаков во всех строках одного человека.',
      en: 'The client’s pseudonym. The same in every row of one person.',
    },
    values: {
      kk: 'P әрпі және 16 оналтылық цифр. Қандай кілтпен жасалғаны — ескертпелерде.',
      ru: 'Буква P и 16 шестнадцатеричных цифр. Каким ключом получен — см. примечания.',
      en: 'P and 16 hexadecimal digits. Which key made it: see the notes.',
    },
  },
  quarter: {
    meaning: {
      kk: 'Жазба жасалған тоқсан (нақты күні берілмейді).',
      ru: 'Квартал записи (точная дата не выгружается).',
      en: 'The quarter of the record (exact dates are not exported).',
    },
    values: { kk: 'ЖЖЖЖ-Q1 … ЖЖЖЖ-Q4', ru: 'ГГГГ-Q1 … ГГГГ-Q4', en: 'YYYY-Q1 … YYYY-Q4' },
  },
  age_band: {
    meaning: {
      kk: 'Жазба күніндегі жас тобы (туған күні берілмейді).',
      ru: 'Возрастная группа на дату записи (дата рождения не выгружается).',
      en: 'Age band on the date of the record (the date of birth is not exported).',
    },
    values: {
      kk: '18-24, 25-34, 35-44, 45-54, 55+; іріленген топтар: 18-34, 35-54; * — жасырылған; бос — жазылмаған немесе 18-ге толмаған.',
      ru: '18-24, 25-34, 35-44, 45-54, 55+; укрупнённые группы: 18-34, 35-54; * — скрыто; пусто — не указано или младше 18.',
      en: '18-24, 25-34, 35-44, 45-54, 55+; coarsened: 18-34, 35-54; * withheld; empty: not recorded or under 18.',
    },
  },
  sex: {
    meaning: {
      kk: 'Жынысы, карточкада жазылғандай.',
      ru: 'Пол, как указан в карточке.',
      en: 'Sex, as recorded on the client’s record.',
    },
    values: {
      kk: 'female — әйел, male — ер; * — жасырылған; бос — жазылмаған.',
      ru: 'female — женский, male — мужской; * — скрыто; пусто — не указан.',
      en: 'female, male; * withheld; empty: not recorded.',
    },
  },
  unit: {
    meaning: {
      kk: 'Клиенттің отряды немесе учаскесі, карточкада қазір жазылғандай.',
      ru: 'Подразделение клиента (отряд, участок), как указано в карточке сейчас.',
      en: 'The client’s unit, as recorded on the client’s record now.',
    },
    values: {
      kk: 'Отрядтың атауы; * — k-дан аз клиенті бар отряд немесе жасырылған; бос — жазылмаған.',
      ru: 'Название подразделения; * — подразделение, где клиентов меньше k, или скрыто; пусто — не указано.',
      en: 'The unit’s name; * a unit with fewer than k clients, or withheld; empty: not recorded.',
    },
  },
  legal_status: {
    meaning: {
      kk: 'Жазба күніндегі құқықтық мәртебе (Қазақстан заңнамасы бойынша; мекеменің қауіпсіздік деңгейі көрсетілмейді).',
      ru: 'Правовой статус на дату записи (по законодательству Казахстана; уровень безопасности учреждения не указывается).',
      en: 'Legal status on the date of the record (as Kazakh law names it; the institution’s security level is not given).',
    },
    values: {
      kk: 'pre-trial-detention — күзетпен ұстау (үкімге дейін), serving-sentence — жазасын өтеуде, probation-pre-trial — сотқа дейінгі пробация, probation-sentence — үкім бойынша пробация, probation-penitentiary — пенитенциарлық пробация, probation-post-penitentiary — пенитенциарлықтан кейінгі пробация, parole — шартты түрде мерзімінен бұрын босату, released — босатылған, қадағалаусыз; * — жасырылған; бос — жазылмаған.',
      ru: 'pre-trial-detention — содержание под стражей (до приговора), serving-sentence — отбывает наказание, probation-pre-trial — досудебная пробация, probation-sentence — приговорная пробация, probation-penitentiary — пенитенциарная пробация, probation-post-penitentiary — постпенитенциарная пробация, parole — условно-досрочное освобождение, released — освобождён, без надзора; * — скрыто; пусто — не указан.',
      en: 'pre-trial-detention, serving-sentence, probation-pre-trial, probation-sentence, probation-penitentiary, probation-post-penitentiary, parole (conditional early release), released (without supervision); * withheld; empty: not recorded.',
    },
  },
  language: {
    meaning: {
      kk: 'Клиенттің жұмыс тілі, карточкада жазылғандай.',
      ru: 'Рабочий язык клиента, как указан в карточке.',
      en: 'The client’s working language, as recorded.',
    },
    values: {
      kk: 'kk — қазақ, ru — орыс, en — ағылшын; * — жасырылған; бос — жазылмаған.',
      ru: 'kk — казахский, ru — русский, en — английский; * — скрыто; пусто — не указан.',
      en: 'kk Kazakh, ru Russian, en English; * withheld; empty: not recorded.',
    },
  },
  instrument: {
    meaning: { kk: 'Әдістеменің коды.', ru: 'Код методики.', en: 'The instrument’s id.' },
    values: {
      kk: 'Мысалы: phq9, gad7, k10, rses, htp, kfd (толық тізімі қолданбаның әдістемелер каталогында).',
      ru: 'Например: phq9, gad7, k10, rses, htp, kfd (полный список — в каталоге методик приложения).',
      en: 'For example phq9, gad7, k10, rses, htp, kfd (the full list is the app’s instrument catalogue).',
    },
  },
  instrument_kind: {
    meaning: { kk: 'Әдістеменің түрі.', ru: 'Вид методики.', en: 'The kind of instrument.' },
    values: {
      kk: 'questionnaire — сауалнама, drawing — сурет әдістемесі.',
      ru: 'questionnaire — опросник, drawing — рисуночная методика.',
      en: 'questionnaire, drawing.',
    },
  },
  score: {
    meaning: {
      kk: 'Сауалнаманың негізгі шкаласы бойынша жалпы балл.',
      ru: 'Общий балл по основной шкале опросника.',
      en: 'The total of the questionnaire’s main scale.',
    },
    values: {
      kk: 'Сан; бос — сурет әдістемесі немесе сұрақтардың бір бөлігі жауапсыз қалған.',
      ru: 'Число; пусто — рисуночная методика или часть вопросов без ответа.',
      en: 'A number; empty for a drawing, or when items were left unanswered.',
    },
  },
  band: {
    meaning: {
      kk: 'Балл түскен деңгей, оның балл аралығымен.',
      ru: 'Уровень, в который попал балл, в виде его диапазона баллов.',
      en: 'The band the score fell in, as its score range.',
    },
    values: {
      kk: '«ең аз-ең көп», мысалы 5-9; бос — деңгей жоқ.',
      ru: '«минимум-максимум», например 5-9; пусто — уровня нет.',
      en: '“min-max”, e.g. 5-9; empty: no band.',
    },
  },
  programme_type: {
    meaning: { kk: 'Топтық бағдарламаның түрі.', ru: 'Тип групповой программы.', en: 'The group programme’s type.' },
    values: {
      kk: 'psychosocial-adaptation, anger-management, addiction-recovery, pre-release, other (қолданбадағы бағдарлама түрлері).',
      ru: 'psychosocial-adaptation, anger-management, addiction-recovery, pre-release, other (типы программ в приложении).',
      en: 'psychosocial-adaptation, anger-management, addiction-recovery, pre-release, other (the app’s programme types).',
    },
  },
  attendance: {
    meaning: { kk: 'Сабаққа қатысу.', ru: 'Посещение занятия.', en: 'Attendance of the session.' },
    values: {
      kk: 'present — келді, late — кешікті, absent-excused — себепті келмеді, absent-unexcused — себепсіз келмеді.',
      ru: 'present — был(а), late — опоздал(а), absent-excused — не был(а) по уважительной причине, absent-unexcused — не был(а) без уважительной причины.',
      en: 'present, late, absent-excused, absent-unexcused.',
    },
  },
  mood_before: {
    meaning: { kk: 'Сабаққа дейінгі көңіл күйі.', ru: 'Настроение до занятия.', en: 'Mood before the session.' },
    values: {
      kk: '0-ден 10-ға дейін; бос — жазылмаған.',
      ru: 'От 0 до 10; пусто — не указано.',
      en: '0 to 10; empty: not recorded.',
    },
  },
  mood_after: {
    meaning: { kk: 'Сабақтан кейінгі көңіл күйі.', ru: 'Настроение после занятия.', en: 'Mood after the session.' },
    values: {
      kk: '0-ден 10-ға дейін; бос — жазылмаған.',
      ru: 'От 0 до 10; пусто — не указано.',
      en: '0 to 10; empty: not recorded.',
    },
  },
};

export const ASSESSMENT_COLUMNS = [
  'pseudonym',
  'quarter',
  'age_band',
  'sex',
  'unit',
  'legal_status',
  'language',
  'instrument',
  'instrument_kind',
  'score',
  'band',
] as const;
export const ATTENDANCE_COLUMNS = [
  'pseudonym',
  'quarter',
  'age_band',
  'sex',
  'unit',
  'legal_status',
  'language',
  'programme_type',
  'attendance',
  'mood_before',
  'mood_after',
] as const;

const TITLE: Record<DeidentifiedKind, Texts> = {
  assessments: {
    kk: 'Иесіздендірілген деректер: қол қойылған бағалаулар',
    ru: 'Обезличенные данные: подписанные оценки',
    en: 'De-identified data: signed assessments',
  },
  attendance: {
    kk: 'Иесіздендірілген деректер: топтық сабаққа қатысу',
    ru: 'Обезличенные данные: посещение групповых занятий',
    en: 'De-identified data: group session attendance',
  },
};

const NOTES: Texts[] = [
  {
    kk: 'Бір жол — бір қол қойылған бағалау немесе топтық сабақтағы бір қатысу белгісі. Аты-жөні, коды, еркін мәтіні және нақты күндері жоқ.',
    ru: 'Одна строка — одна подписанная оценка или одна отметка посещения группового занятия. Без имён, кодов, свободного текста и точных дат.',
    en: 'One row is one signed assessment, or one attendance mark of a group session. No names, codes, free text or exact dates.',
  },
  {
    kk: 'Жас тобы, жынысы, отряды, құқықтық мәртебесі және тілі бойынша әр топта кемінде k адам бар (k-анонимдік). Бұған жету үшін кейбір мәндер іріленген немесе * деп жасырылған, ал іріленгеннен кейін де k-дан аз адам қалған жолдар шығарылмаған. Қанша жол өзгергені мен шығарылғаны экспорттың қорытындысында көрсетілген.',
    ru: 'В каждой группе по возрастной группе, полу, подразделению, правовому статусу и языку не меньше k человек (k-анонимность). Для этого часть значений укрупнена или скрыта (*), а строки, для которых и после этого осталось меньше k человек, не выгружены. Сколько строк изменено и исключено — в сводке выгрузки.',
    en: 'Every class of age band, sex, unit, legal status and language holds at least k people (k-anonymity). To get there some values were coarsened or withheld (*), and rows still in a class of fewer than k people were left out. How many: in the export’s summary.',
  },
  {
    kk: 'Бір бүркеншік атаудың жолдарын біріктіру адамды тарылтуы мүмкін. Файлды қоймадағы жазбалар сияқты құпия сақтаңыз және адамды анықтауға тырыспаңыз.',
    ru: 'Сопоставление строк одного псевдонима может сузить круг до конкретного человека. Храните файл так же конфиденциально, как записи хранилища, и не пытайтесь установить личность.',
    en: 'Putting together the rows of one pseudonym can narrow a person down. Keep the file as confidential as the vault’s records, and make no attempt to identify anyone.',
  },
];

const PSEUDONYM_NOTE: Record<'perExport' | 'stable', Texts> = {
  perExport: {
    kk: 'Бүркеншік атаулар осы экспортқа ғана жасалған кездейсоқ кілтпен алынған (HMAC-SHA-256), кілт сақталмайды: басқа экспорттармен байланыстыруға болмайды.',
    ru: 'Псевдонимы получены со случайным ключом, созданным только для этой выгрузки (HMAC-SHA-256); ключ не сохраняется, связать их с другими выгрузками нельзя.',
    en: 'Pseudonyms were made with a random key for this export only (HMAC-SHA-256); the key is not kept, so they cannot be linked to other exports.',
  },
  stable: {
    kk: 'Бүркеншік атаулар мекеменің қоймада сақталған құпия кілтімен алынған (HMAC-SHA-256): бір клиент барлық осындай экспорттарда бірдей. Әкімші себебін көрсетті, ол аудит журналында жазылған.',
    ru: 'Псевдонимы получены с секретным ключом учреждения, хранящимся в хранилище (HMAC-SHA-256): у одного клиента он одинаков во всех таких выгрузках. Администратор указал причину, она записана в журнал аудита.',
    en: 'Pseudonyms were made with the facility’s secret key kept in the vault (HMAC-SHA-256): a client has the same one in every such export. The admin stated why; it is in the audit log.',
  },
};

const SUMMARY: Record<Lang, (s: DeidentifiedSummary) => string[]> = {
  kk: (s) => [
    `Жыл: ${s.year}. k = ${s.k}.`,
    `Жолдар: ${s.rows}; бүркеншік атаулар: ${s.clients}.`,
    `Іріленген немесе жасырылған мәндері бар жолдар: ${s.generalisedRows}; k-дан аз клиенті бар отрядтар (*): ${s.unitsMerged}.`,
    `Шығарылмаған жолдар: ${s.suppressedRows}.`,
  ],
  ru: (s) => [
    `Год: ${s.year}. k = ${s.k}.`,
    `Строк: ${s.rows}; псевдонимов: ${s.clients}.`,
    `Строк с укрупнёнными или скрытыми значениями: ${s.generalisedRows}; подразделений, где клиентов меньше k (*): ${s.unitsMerged}.`,
    `Исключено строк: ${s.suppressedRows}.`,
  ],
  en: (s) => [
    `Year: ${s.year}. k = ${s.k}.`,
    `Rows: ${s.rows}; pseudonyms: ${s.clients}.`,
    `Rows with coarsened or withheld values: ${s.generalisedRows}; units with fewer than k clients (*): ${s.unitsMerged}.`,
    `Rows left out: ${s.suppressedRows}.`,
  ],
};

export function columnsOf(kind: DeidentifiedKind): readonly string[] {
  return kind === 'assessments' ? ASSESSMENT_COLUMNS : ATTENDANCE_COLUMNS;
}

/** The dictionary of one kind of export, in one language. */
export function dataDictionary(kind: DeidentifiedKind, lang: Lang): { title: string; notes: string[]; columns: Entry[] } {
  return {
    title: TITLE[kind][lang],
    notes: NOTES.map((n) => n[lang]),
    columns: columnsOf(kind).map((column) => ({
      column,
      meaning: COLUMNS[column]!.meaning[lang],
      values: COLUMNS[column]!.values[lang],
    })),
  };
}

/** The text file saved next to the data: the dictionary, how pseudonyms were made, and this export's counts. */
export function dictionaryFile(summary: DeidentifiedSummary, lang: Lang): Buffer {
  const d = dataDictionary(summary.kind, lang);
  const lines = [
    d.title,
    '',
    ...SUMMARY[lang](summary),
    '',
    PSEUDONYM_NOTE[summary.pseudonyms][lang],
    ...d.notes.map((n) => `\n${n}`),
    '',
    ...d.columns.flatMap((c) => ['', c.column, `  ${c.meaning}`, `  ${c.values}`]),
  ];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
