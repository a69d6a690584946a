// "SVG" and "PNG" buttons under a chart: the file is what the chart shows (with suppression on,
// hidden counts are not drawn), named after the chart.
import { useTranslation } from 'react-i18next';
import { getPlatform } from '../../platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useLoggedSave } from '../../ui/useLoggedSave';
import { standaloneSvg, svgToPng } from './chartExport';

const SVG = [{ name: 'SVG', extensions: ['svg'] }];
const PNG = [{ name: 'PNG', extensions: ['png'] }];
const CSV = [{ name: 'CSV', extensions: ['csv'] }];

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
  const save = async (format: 'svg' | 'png') => {
    const svg = getSvg();
    if (svg === null) return;
    await run(
      async () => {
        const file = standaloneSvg(svg);
        return format === 'svg'
          ? getPlatform().saveFile(`${fileName}.svg`, file.text, SVG)
          : getPlatform().saveFile(`${fileName}.png`, await svgToPng(file), PNG);
      },
      { what: `${what}-${format}`, form: 'aggregated', people },
    );
  };
  return (
    <div className="rep-exports no-print">
      <span className="muted">{t('representation.exports.chart')}</span>
      <Button
        size="small"
        variant="ghost"
        label={t('representation.exports.saveAs', { what: title, format: 'SVG' })}
        onClick={() => void save('svg')}
      >
        SVG
      </Button>
      <Button
        size="small"
        variant="ghost"
        label={t('representation.exports.saveAs', { what: title, format: 'PNG' })}
        onClick={() => void save('png')}
      >
        PNG
      </Button>
      {failed && <Notice tone="error">{t('representation.facts.exportFailed')}</Notice>}
    </div>
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
    run(() => getPlatform().saveFile(`${fileName}.csv`, csv(), CSV), {
      what: `${what}-csv`,
      form: 'aggregated',
      people,
    });
  return (
    <div className="rep-exports no-print">
      <span className="muted">{t('representation.exports.table')}</span>
      <Button
        size="small"
        variant="ghost"
        label={t('representation.exports.saveAs', { what: title, format: 'CSV' })}
        onClick={() => void save()}
      >
        CSV
      </Button>
      {failed && <Notice tone="error">{t('representation.facts.exportFailed')}</Notice>}
    </div>
  );
}
