/**
 * The words of a Trends table (issue 14 §1): measures, dimensions, their categories, periods and the
 * note on suppressed cells, in kk, ru and en. One source for the screen (renderer/features/trends)
 * and for the CSV and PDF the backend writes (services/trends/export), so a file says what the
 * screen said. The screen's own controls (buttons, field names) are in renderer/i18n.
 *
 * Category words follow the rest of the app (clients' legal statuses and sex, group programmes,
 * attendance and leaving reasons, referral kinds); keep them in step when those change.
 */
import { getInstrument } from '../assessments/instruments';
import type { Language } from './format';

type MeasureId =
  | 'clientsSeen'
  | 'assessmentsSigned'
  | 'questionnaireBands'
  | 'questionnaireScores'
  | 'questionnaireChange'
  | 'phq9Alerts'
  | 'drawingProcess'
  | 'groupSessions'
  | 'groupAttendance'
  | 'groupRetention'
  | 'groupMood'
  | 'referrals'
  | 'legalHelp'
  | 'employmentAfterRelease';
type DimensionId = 'unit' | 'programmeType' | 'legalStatus' | 'ageBand' | 'sex' | 'language';
type StatisticKind = 'score' | 'change' | 'rate' | 'median';

export type TrendsText = {
  area: string;
  measures: Record<MeasureId, string>;
  /** What the numbers of each measure count (the table's unit). */
  counts: Record<MeasureId, string>;
  dimensions: Record<DimensionId, string>;
  /** The heading of a measure's own split (by = 'outcome'). */
  outcome: Partial<Record<MeasureId, string>>;
  categories: {
    sex: Record<string, string>;
    language: Record<string, string>;
    legalStatus: Record<string, string>;
    programmeType: Record<string, string>;
    notRecorded: string;
  };
  outcomes: Record<string, string>;
  /** The bands measure's column for results outside every band. */
  noBand: string;
  months: readonly string[];
  /** "{quarter} {year}" with the quarter as a Roman numeral where that is the custom. */
  quarter: (quarter: number, year: number) => string;
  month: (month: number, year: number) => string;
  period: string;
  total: string;
  /** The last row: column totals, always over the whole year. */
  yearTotal: (year: number) => string;
  statistics: Record<StatisticKind, string>;
  mean: string;
  median: string;
  interval: string;
  /** Column headings of a statistic's interval limits in the files. */
  lower: string;
  upper: string;
  metrics: { durationMinutes: string; events: string };
  instrument: string;
  metric: string;
  granularity: string;
  granularities: { month: string; quarter: string; year: string };
  year: string;
  by: string;
  byNone: string;
  /** The note under every table: what "<k" means, with the k in force. */
  suppressed: (k: number) => string;
  /** Under statistics: when they are shown at all. */
  statisticsRule: (k: number) => string;
  /** Measures that count people once per period. */
  distinctPeople: string;
  /** "Produced" line of the files. */
  produced: string;
  facility: string;
};

const ROMAN = ['I', 'II', 'III', 'IV'];

const en: TrendsText = {
  area: 'Trends',
  measures: {
    clientsSeen: 'Clients seen',
    assessmentsSigned: 'Assessments signed',
    questionnaireBands: 'Questionnaire results by band',
    questionnaireScores: 'Questionnaire scores: mean and median',
    questionnaireChange: 'Change from the first to the latest result',
    phq9Alerts: 'Safety alerts (PHQ-9, item 9)',
    drawingProcess: 'Drawing process: medians',
    groupSessions: 'Group sessions held',
    groupAttendance: 'Group session attendance',
    groupRetention: 'Staying in group programmes',
    groupMood: 'Mood change in group sessions',
    referrals: 'Referrals made and their outcomes',
    legalHelp: 'Legal help given',
    employmentAfterRelease: 'Employment after release',
  },
  counts: {
    clientsSeen: 'clients',
    assessmentsSigned: 'assessments',
    questionnaireBands: 'results',
    questionnaireScores: 'results',
    questionnaireChange: 'clients with two or more results',
    phq9Alerts: 'alerts',
    drawingProcess: 'assessments',
    groupSessions: 'sessions',
    groupAttendance: 'attendance records',
    groupRetention: 'members who left a group',
    groupMood: 'records with mood before and after',
    referrals: 'referrals made',
    legalHelp: 'legal help given',
    employmentAfterRelease: 'people released',
  },
  dimensions: {
    unit: 'Unit',
    programmeType: 'Group programme',
    legalStatus: 'Legal status',
    ageBand: 'Age',
    sex: 'Sex',
    language: 'Language of work',
  },
  outcome: {
    clientsSeen: 'New or returning',
    questionnaireBands: 'Band',
    questionnaireChange: 'Reliable change',
    phq9Alerts: 'Acknowledgement',
    groupAttendance: 'Attendance',
    groupRetention: 'How the membership ended',
    referrals: 'Outcome so far',
    legalHelp: 'Kind of legal help',
    employmentAfterRelease: 'First employment after release',
  },
  categories: {
    sex: { female: 'Female', male: 'Male' },
    language: { kk: 'Kazakh', ru: 'Russian', en: 'English' },
    legalStatus: {
      'pre-trial-detention': 'Pre-trial detention',
      'serving-sentence': 'Serving a sentence',
      'probation-pre-trial': 'Pre-trial probation',
      'probation-sentence': 'Sentence probation',
      'probation-penitentiary': 'Penitentiary probation',
      'probation-post-penitentiary': 'Post-penitentiary probation',
      parole: 'Parole (conditional early release)',
      released: 'Released, without supervision',
    },
    programmeType: {
      'psychosocial-adaptation': 'Psychosocial adaptation',
      'anger-management': 'Anger management',
      'addiction-recovery': 'Addiction recovery',
      'pre-release': 'Pre-release preparation',
      other: 'Other programme',
      none: 'In no group',
      several: 'In several programmes',
    },
    notRecorded: 'Not recorded',
  },
  outcomes: {
    new: 'New',
    returning: 'Returning',
    improved: 'Reliably improved',
    unchanged: 'No reliable change',
    deteriorated: 'Reliably deteriorated',
    acknowledged: 'Acknowledged',
    notAcknowledged: 'Not acknowledged',
    present: 'Present',
    late: 'Late',
    absentExcused: 'Absent, excused',
    absentUnexcused: 'Absent, unexcused',
    completed: 'Completed the programme',
    left: 'Left (released, transferred, other reason)',
    droppedOut: 'Dropped out',
    employed: 'Employed',
    legalHelp: 'Legal help given',
    documentsRestored: 'Documents restored',
    housingFound: 'Housing found',
    treatmentStarted: 'Treatment started',
    otherOutcome: 'Other outcome',
    declined: 'Declined',
    noAnswer: 'No answer',
    inProgress: 'No outcome yet',
    consultation: 'Consultation',
    application: 'Application written',
    claim: 'Claim filed',
    within3Months: 'Within 3 months',
    within3To6Months: 'Within 3 to 6 months',
    notWithin6Months: 'Not within 6 months',
    notYetKnown: 'Not known yet (under 6 months)',
  },
  noBand: 'Outside the bands',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  quarter: (q, year) => `Q${q} ${year}`,
  month: (m, year) => `${en.months[m - 1]} ${year}`,
  period: 'Period',
  total: 'Total',
  yearTotal: (year) => `Whole year ${year}`,
  statistics: {
    score: 'Total score',
    change: 'Change',
    rate: 'Attendance rate',
    median: 'Median',
  },
  mean: 'Mean',
  median: 'Median',
  interval: '95% interval',
  lower: 'lower 95% limit',
  upper: 'upper 95% limit',
  metrics: { durationMinutes: 'Drawing time, minutes', events: 'Strokes and actions' },
  instrument: 'Instrument',
  metric: 'Process metric',
  granularity: 'Period',
  granularities: { month: 'Months', quarter: 'Quarters', year: 'Year' },
  year: 'Year',
  by: 'Broken down by',
  byNone: 'No breakdown',
  suppressed: (k) =>
    `“<${k}” marks a hidden value. Every count from 1 to ${k - 1} is hidden, and so are some other cells, whatever their size, so that no hidden count can be worked out from the totals or from the other tables of this measure. A hidden cell may therefore hold any number. k = ${k} is the threshold an administrator set on this installation.`,
  statisticsRule: (k) =>
    `A mean, median or percentage is shown only when it rests on at least ${k} values; otherwise it is hidden (“<${k}”).`,
  distinctPeople: 'Each person is counted once per period, so a quarter or the whole year is not the sum of its months.',
  produced: 'Produced',
  facility: 'Facility',
};

const ru: TrendsText = {
  area: 'Статистика',
  measures: {
    clientsSeen: 'Клиенты, с которыми велась работа',
    assessmentsSigned: 'Подписанные обследования',
    questionnaireBands: 'Результаты опросников по диапазонам',
    questionnaireScores: 'Баллы опросников: среднее и медиана',
    questionnaireChange: 'Изменение от первого к последнему результату',
    phq9Alerts: 'Предупреждения о безопасности (PHQ-9, пункт 9)',
    drawingProcess: 'Процесс рисования: медианы',
    groupSessions: 'Проведённые групповые занятия',
    groupAttendance: 'Посещаемость групповых занятий',
    groupRetention: 'Удержание в групповых программах',
    groupMood: 'Изменение настроения на групповых занятиях',
    referrals: 'Направления и их результаты',
    legalHelp: 'Оказанная юридическая помощь',
    employmentAfterRelease: 'Трудоустройство после освобождения',
  },
  counts: {
    clientsSeen: 'клиенты',
    assessmentsSigned: 'обследования',
    questionnaireBands: 'результаты',
    questionnaireScores: 'результаты',
    questionnaireChange: 'клиенты с двумя и более результатами',
    phq9Alerts: 'предупреждения',
    drawingProcess: 'обследования',
    groupSessions: 'занятия',
    groupAttendance: 'отметки посещения',
    groupRetention: 'участники, вышедшие из группы',
    groupMood: 'отметки с настроением до и после',
    referrals: 'направления',
    legalHelp: 'случаи юридической помощи',
    employmentAfterRelease: 'освобождённые',
  },
  dimensions: {
    unit: 'Подразделение',
    programmeType: 'Групповая программа',
    legalStatus: 'Правовой статус',
    ageBand: 'Возраст',
    sex: 'Пол',
    language: 'Язык работы',
  },
  outcome: {
    clientsSeen: 'Новые или повторные',
    questionnaireBands: 'Диапазон',
    questionnaireChange: 'Надёжное изменение',
    phq9Alerts: 'Подтверждение',
    groupAttendance: 'Посещение',
    groupRetention: 'Как завершилось участие',
    referrals: 'Результат на сегодня',
    legalHelp: 'Вид юридической помощи',
    employmentAfterRelease: 'Первое трудоустройство после освобождения',
  },
  categories: {
    sex: { female: 'Женский', male: 'Мужской' },
    language: { kk: 'Казахский', ru: 'Русский', en: 'Английский' },
    legalStatus: {
      'pre-trial-detention': 'Содержание под стражей (до приговора)',
      'serving-sentence': 'Отбывает наказание',
      'probation-pre-trial': 'Досудебная пробация',
      'probation-sentence': 'Приговорная пробация',
      'probation-penitentiary': 'Пенитенциарная пробация',
      'probation-post-penitentiary': 'Постпенитенциарная пробация',
      parole: 'Условно-досрочное освобождение',
      released: 'Освобождён, без надзора',
    },
    programmeType: {
      'psychosocial-adaptation': 'Психосоциальная адаптация',
      'anger-management': 'Управление гневом',
      'addiction-recovery': 'Преодоление зависимости',
      'pre-release': 'Подготовка к освобождению',
      other: 'Другая программа',
      none: 'Не в группе',
      several: 'В нескольких программах',
    },
    notRecorded: 'Не указано',
  },
  outcomes: {
    new: 'Новые',
    returning: 'Повторные',
    improved: 'Надёжное улучшение',
    unchanged: 'Без надёжного изменения',
    deteriorated: 'Надёжное ухудшение',
    acknowledged: 'Подтверждено',
    notAcknowledged: 'Не подтверждено',
    present: 'Были',
    late: 'Опоздали',
    absentExcused: 'Не были, уважительно',
    absentUnexcused: 'Не были, неуважительно',
    completed: 'Завершили программу',
    left: 'Выбыли (освобождение, перевод, другая причина)',
    droppedOut: 'Прекратили участие',
    employed: 'Трудоустроен',
    legalHelp: 'Оказана юридическая помощь',
    documentsRestored: 'Документы восстановлены',
    housingFound: 'Найдено жильё',
    treatmentStarted: 'Начато лечение',
    otherOutcome: 'Другой результат',
    declined: 'Отказ',
    noAnswer: 'Нет ответа',
    inProgress: 'Результата пока нет',
    consultation: 'Консультация',
    application: 'Составлено заявление',
    claim: 'Подан иск',
    within3Months: 'В течение 3 месяцев',
    within3To6Months: 'Через 3–6 месяцев',
    notWithin6Months: 'Не в течение 6 месяцев',
    notYetKnown: 'Пока неизвестно (меньше 6 месяцев)',
  },
  noBand: 'Вне диапазонов',
  months: ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'],
  quarter: (q, year) => `${ROMAN[q - 1]} квартал ${year}`,
  month: (m, year) => `${ru.months[m - 1]} ${year}`,
  period: 'Период',
  total: 'Итого',
  yearTotal: (year) => `За весь ${year} год`,
  statistics: {
    score: 'Общий балл',
    change: 'Изменение',
    rate: 'Доля посещений',
    median: 'Медиана',
  },
  mean: 'Среднее',
  median: 'Медиана',
  interval: '95% интервал',
  lower: 'нижняя граница 95% интервала',
  upper: 'верхняя граница 95% интервала',
  metrics: { durationMinutes: 'Время рисования, мин', events: 'Штрихи и действия' },
  instrument: 'Методика',
  metric: 'Показатель процесса',
  granularity: 'Период',
  granularities: { month: 'Месяцы', quarter: 'Кварталы', year: 'Год' },
  year: 'Год',
  by: 'В разбивке по',
  byNone: 'Без разбивки',
  suppressed: (k) =>
    `«<${k}» — скрытое значение. Скрываются все числа от 1 до ${k - 1}, а также некоторые другие ячейки, независимо от их величины, чтобы ни одно скрытое число нельзя было вычислить по итогам или по другим таблицам этого показателя. Поэтому в скрытой ячейке может быть любое число. k = ${k} — порог, заданный администратором этой установки.`,
  statisticsRule: (k) =>
    `Среднее, медиана и доля показываются, только если они рассчитаны не менее чем по ${k} значениям; иначе они скрыты («<${k}»).`,
  distinctPeople: 'Каждый человек учитывается один раз за период, поэтому квартал или год не равен сумме своих месяцев.',
  produced: 'Сформировано',
  facility: 'Учреждение',
};

const kk: TrendsText = {
  area: 'Статистика',
  measures: {
    clientsSeen: 'Жұмыс жүргізілген клиенттер',
    assessmentsSigned: 'Қол қойылған тексерулер',
    questionnaireBands: 'Сауалнама нәтижелері аралықтар бойынша',
    questionnaireScores: 'Сауалнама баллдары: орташа мән және медиана',
    questionnaireChange: 'Алғашқы нәтижеден соңғысына дейінгі өзгеріс',
    phq9Alerts: 'Қауіпсіздік туралы ескертулер (PHQ-9, 9-тармақ)',
    drawingProcess: 'Сурет салу барысы: медианалар',
    groupSessions: 'Өткізілген топтық сабақтар',
    groupAttendance: 'Топтық сабақтарға қатысу',
    groupRetention: 'Топтық бағдарламаларда қалу',
    groupMood: 'Топтық сабақтардағы көңіл күйдің өзгерісі',
    referrals: 'Жолдамалар және олардың нәтижелері',
    legalHelp: 'Көрсетілген заң көмегі',
    employmentAfterRelease: 'Босатылғаннан кейін жұмысқа орналасу',
  },
  counts: {
    clientsSeen: 'клиенттер',
    assessmentsSigned: 'тексерулер',
    questionnaireBands: 'нәтижелер',
    questionnaireScores: 'нәтижелер',
    questionnaireChange: 'екі не одан көп нәтижесі бар клиенттер',
    phq9Alerts: 'ескертулер',
    drawingProcess: 'тексерулер',
    groupSessions: 'сабақтар',
    groupAttendance: 'қатысу белгілері',
    groupRetention: 'топтан шыққан қатысушылар',
    groupMood: 'көңіл күйі алдында және кейін белгіленген жазбалар',
    referrals: 'жолдамалар',
    legalHelp: 'заң көмегі жағдайлары',
    employmentAfterRelease: 'босатылғандар',
  },
  dimensions: {
    unit: 'Бөлімше',
    programmeType: 'Топтық бағдарлама',
    legalStatus: 'Құқықтық мәртебе',
    ageBand: 'Жасы',
    sex: 'Жынысы',
    language: 'Жұмыс тілі',
  },
  outcome: {
    clientsSeen: 'Жаңа немесе қайталап келген',
    questionnaireBands: 'Аралық',
    questionnaireChange: 'Сенімді өзгеріс',
    phq9Alerts: 'Растау',
    groupAttendance: 'Қатысу',
    groupRetention: 'Қатысу қалай аяқталды',
    referrals: 'Қазіргі нәтижесі',
    legalHelp: 'Заң көмегінің түрі',
    employmentAfterRelease: 'Босатылғаннан кейінгі алғашқы жұмыс',
  },
  categories: {
    sex: { female: 'Әйел', male: 'Ер' },
    language: { kk: 'Қазақ тілі', ru: 'Орыс тілі', en: 'Ағылшын тілі' },
    legalStatus: {
      'pre-trial-detention': 'Күзетпен ұстау (үкімге дейін)',
      'serving-sentence': 'Жазасын өтеуде',
      'probation-pre-trial': 'Сотқа дейінгі пробация',
      'probation-sentence': 'Үкім бойынша пробация',
      'probation-penitentiary': 'Пенитенциарлық пробация',
      'probation-post-penitentiary': 'Пенитенциарлықтан кейінгі пробация',
      parole: 'Жазаны өтеуден шартты түрде мерзімінен бұрын босату',
      released: 'Босатылған, қадағалаусыз',
    },
    programmeType: {
      'psychosocial-adaptation': 'Психоәлеуметтік бейімделу',
      'anger-management': 'Ашуды басқару',
      'addiction-recovery': 'Тәуелділіктен айығу',
      'pre-release': 'Босатылуға дайындық',
      other: 'Басқа бағдарлама',
      none: 'Ешбір топта емес',
      several: 'Бірнеше бағдарламада',
    },
    notRecorded: 'Көрсетілмеген',
  },
  outcomes: {
    new: 'Жаңа',
    returning: 'Қайталап келген',
    improved: 'Сенімді жақсару',
    unchanged: 'Сенімді өзгеріс жоқ',
    deteriorated: 'Сенімді нашарлау',
    acknowledged: 'Расталған',
    notAcknowledged: 'Расталмаған',
    present: 'Келді',
    late: 'Кешікті',
    absentExcused: 'Келмеді, себепті',
    absentUnexcused: 'Келмеді, себепсіз',
    completed: 'Бағдарламаны аяқтады',
    left: 'Шықты (босатылу, ауыстыру, басқа себеп)',
    droppedOut: 'Қатысуды тоқтатты',
    employed: 'Жұмысқа орналасты',
    legalHelp: 'Заң көмегі көрсетілді',
    documentsRestored: 'Құжаттар қалпына келтірілді',
    housingFound: 'Тұрғын үй табылды',
    treatmentStarted: 'Емделу басталды',
    otherOutcome: 'Басқа нәтиже',
    declined: 'Бас тартты',
    noAnswer: 'Жауап жоқ',
    inProgress: 'Әзірге нәтиже жоқ',
    consultation: 'Кеңес берілді',
    application: 'Өтініш жазылды',
    claim: 'Талап арыз берілді',
    within3Months: '3 ай ішінде',
    within3To6Months: '3–6 ай ішінде',
    notWithin6Months: '6 ай ішінде емес',
    notYetKnown: 'Әзірге белгісіз (6 айдан аз)',
  },
  noBand: 'Аралықтардан тыс',
  months: ['Қаңтар', 'Ақпан', 'Наурыз', 'Сәуір', 'Мамыр', 'Маусым', 'Шілде', 'Тамыз', 'Қыркүйек', 'Қазан', 'Қараша', 'Желтоқсан'],
  quarter: (q, year) => `${year} ж. ${ROMAN[q - 1]} тоқсан`,
  // After the year the month is written in lower case: «2026 ж. наурыз».
  month: (m, year) => `${year} ж. ${kk.months[m - 1]!.toLocaleLowerCase('kk')}`,
  period: 'Кезең',
  total: 'Барлығы',
  yearTotal: (year) => `${year} жыл бойы`,
  statistics: {
    score: 'Жалпы балл',
    change: 'Өзгеріс',
    rate: 'Қатысу үлесі',
    median: 'Медиана',
  },
  mean: 'Орташа мән',
  median: 'Медиана',
  interval: '95% аралық',
  lower: '95% аралықтың төменгі шегі',
  upper: '95% аралықтың жоғарғы шегі',
  metrics: { durationMinutes: 'Сурет салу уақыты, мин', events: 'Сызықтар мен әрекеттер' },
  instrument: 'Әдістеме',
  metric: 'Барыс көрсеткіші',
  granularity: 'Кезең',
  granularities: { month: 'Айлар', quarter: 'Тоқсандар', year: 'Жыл' },
  year: 'Жыл',
  by: 'Бөліп көрсету',
  byNone: 'Бөлмей',
  suppressed: (k) =>
    `«<${k}» — жасырылған мән. 1 мен ${k - 1} аралығындағы барлық сан жасырылады, сондай-ақ жасырылған сандардың ешқайсысын қорытындылар немесе осы көрсеткіштің басқа кестелері арқылы есептеп шығаруға болмайтындай, кейбір басқа ұяшықтар да мөлшеріне қарамай жасырылады. Сондықтан жасырылған ұяшықта кез келген сан болуы мүмкін. k = ${k} — осы орнатудың әкімшісі белгілеген шек.`,
  statisticsRule: (k) =>
    `Орташа мән, медиана және үлес кемінде ${k} мән бойынша есептелгенде ғана көрсетіледі; әйтпесе жасырылады («<${k}»).`,
  distinctPeople: 'Әр адам бір кезеңде бір рет есептеледі, сондықтан тоқсан немесе жыл өз айларының қосындысына тең емес.',
  produced: 'Жасалған күні',
  facility: 'Мекеме',
};

export const TRENDS_TEXT: Record<Language, TrendsText> = { kk, ru, en };

/** A period key of the contract ('2026', '2026-Q2', '2026-03') in words. */
export function periodLabel(language: Language, key: string): string {
  const text = TRENDS_TEXT[language];
  const year = Number(key.slice(0, 4));
  const quarter = /^\d{4}-Q([1-4])$/.exec(key);
  if (quarter) return text.quarter(Number(quarter[1]), year);
  const month = /^\d{4}-(\d{2})$/.exec(key);
  if (month) return text.month(Number(month[1]), year);
  return String(year);
}

/**
 * A column's category in words. `dimension` is the table's `by`; a unit is the name an administrator
 * recorded; an age band is written as it is ("25-34" with an en dash); null means not recorded.
 * Bands of a questionnaire are named by the caller (they come from the instrument's definition).
 */
export function categoryLabel(language: Language, dimension: string, category: string | null): string {
  const text = TRENDS_TEXT[language];
  if (category === null) return text.categories.notRecorded;
  switch (dimension) {
    case 'sex':
    case 'language':
    case 'legalStatus':
    case 'programmeType':
      return text.categories[dimension][category] ?? category;
    case 'ageBand':
      return category.replace('-', '\u2013');
    case 'outcome':
      return text.outcomes[category] ?? category;
    default:
      return category;
  }
}

/** An instrument as a table names it: its name, with its short code in front unless the name holds it; the id when unknown. */
export function instrumentLabel(language: Language, instrumentId: string): string {
  const def = getInstrument(instrumentId);
  if (!def) return instrumentId;
  const name = def.name[language].text;
  return name.includes(def.code) ? name : `${def.code} \u2014 ${name}`;
}

/**
 * A band column of the bands measure: the contract names a band by its range ("5-9", the band's
 * min and max on the instrument's main scale) and "none" for results outside every band; the
 * label is the definition's, found on the first scale that has a band with that range.
 */
export function bandLabel(language: Language, instrumentId: string, bandId: string | null): string {
  const text = TRENDS_TEXT[language];
  if (bandId === null || bandId === 'none') return text.noBand;
  const def = getInstrument(instrumentId);
  for (const scale of def?.scales ?? []) {
    const band = scale.bands.find((b) => `${b.min}-${b.max}` === bandId);
    if (band) return `${band.label[language].text} (${bandId.replace('-', '\u2013')})`;
  }
  return bandId.replace('-', '\u2013');
}

/** What a table is about, as far as its words go (the contract's TrendsView has these fields). */
export type TrendsViewWords = {
  measure: MeasureId;
  instrumentId: string | null;
  metric: 'durationMinutes' | 'events' | null;
  by: DimensionId | 'outcome' | null;
  columns: readonly (string | null)[];
};

/** The column headings of a view: the categories of its `by` in words (bands by the instrument's labels). */
export function columnLabels(view: TrendsViewWords, language: Language): string[] {
  const by = view.by;
  if (by === null) return [];
  return view.columns.map((c) =>
    by === 'outcome' && view.measure === 'questionnaireBands' && view.instrumentId
      ? bandLabel(language, view.instrumentId, c)
      : categoryLabel(language, by, c),
  );
}

/** The view's title: the measure, and the instrument or the process metric it is about. */
export function viewTitle(view: Omit<TrendsViewWords, 'by' | 'columns'>, language: Language): string {
  const text = TRENDS_TEXT[language];
  const parts = [text.measures[view.measure]];
  if (view.instrumentId) parts.push(instrumentLabel(language, view.instrumentId));
  if (view.metric) parts.push(text.metrics[view.metric]);
  return parts.join(' \u00b7 ');
}

/** What a view's breakdown is called ("Unit", "Band"), or "No breakdown". */
export function byLabel(view: Pick<TrendsViewWords, 'by' | 'measure'>, language: Language): string {
  const text = TRENDS_TEXT[language];
  if (view.by === null) return text.byNone;
  if (view.by === 'outcome') return text.outcome[view.measure] ?? text.byNone;
  return text.dimensions[view.by];
}
