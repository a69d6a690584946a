// Export buttons under a chart ("SVG", "PNG") or a table ("CSV"): the file is what the chart or
// table shows (with suppression on, hidden counts are not drawn), named after it, and logged.
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useLoggedSave } from '../../ui/useLoggedSave';
import { standaloneSvg, svgToPng } from './chartExport';

const FILTERS = {
  svg: [{ name: 'SVG', extensions: ['svg'] }],
  png: [{ name: 'PNG', extensions: ['png'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
} as const;
type Format = keyof typeof FILTERS;

/** What the export log records: a short kebab-case name and how many people the figures cover. */
type LogFields = { what: string; people: number };

export function ChartExports({
  getSvg,
  fileName,
  title,
  what,
  people,
}: {
  getSvg: () => SVGSVGElement | null;
  /** Without extension. */
  fileName: string;
  /** The chart's name, for the buttons' descriptions. */
  title: string;
} & LogFields) {
  const { t } = useTranslation();
  const { run, failed } = useLoggedSave();
  const save = async (format: Format) => {
    const svg = getSvg();
    if (svg === null) return;
    await run(
      async () => {
        const file = standaloneSvg(svg);
        const contents = format === 'png' ? await svgToPng(file) : file.text;
        return getPlatform().saveFile(`${fileName}.${format}`, contents, FILTERS[format]);
      },
      { what: `${what}-${format}`, form: 'aggregated', people },
    );
  };
  return (
    <ExportButtons
      caption={t('representation.exports.chart')}
      title={title}
      formats={['svg', 'png']}
      failed={failed}
      onSave={(format) => void save(format)}
    />
  );
}

/** A "CSV" button for a table; `csv` is built on click, from what the table shows. */
export function CsvExport({
  csv,
  fileName,
  title,
  what,
  people,
}: {
  csv: () => string;
  fileName: string;
  title: string;
} & LogFields) {
  const { t } = useTranslation();
  const { run, failed } = useLoggedSave();
  const save = () =>
    run(() => getPlatform().saveFile(`${fileName}.csv`, csv(), FILTERS.csv), {
      what: `${what}-csv`,
      form: 'aggregated',
      people,
    });
  return (
    <ExportButtons
      caption={t('representation.exports.table')}
      title={title}
      formats={['csv']}
      failed={failed}
      onSave={() => void save()}
    />
  );
}

/** The row of small buttons, each described as "Save <title> as <FORMAT>", and a failure notice. */
function ExportButtons({
  caption,
  title,
  formats,
  failed,
  onSave,
}: {
  caption: string;
  title: string;
  formats: readonly Format[];
  failed: boolean;
  onSave: (format: Format) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="rep-exports no-print">
      <span className="muted">{caption}</span>
      {formats.map((format) => (
        <Button
          key={format}
          size="small"
          variant="ghost"
          label={t('representation.exports.saveAs', { what: title, format: format.toUpperCase() })}
          onClick={() => onSave(format)}
        >
          {format.toUpperCase()}
        </Button>
      ))}
      {failed && <Notice tone="error">{t('representation.facts.exportFailed')}</Notice>}
    </div>
  );
}
