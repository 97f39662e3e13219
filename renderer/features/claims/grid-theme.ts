/** AG Grid's look, tied to Sightline's palette; light/dark follows the body's data-ag-theme-mode. */
import { colorSchemeVariable, themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withPart(colorSchemeVariable).withParams({
  fontFamily: 'var(--font-ui)',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  rowHeight: 30,
  headerHeight: 34,
  spacing: 6,
  borderRadius: 4,
  wrapperBorderRadius: 0,
  wrapperBorder: false,
  accentColor: 'var(--accent)',
  backgroundColor: 'var(--bg-raised)',
  foregroundColor: 'var(--text)',
  headerBackgroundColor: 'var(--bg-sunken)',
  borderColor: 'var(--border)',
  rowHoverColor: 'var(--bg-hover)',
  selectedRowBackgroundColor: 'var(--bg-selected)',
  oddRowBackgroundColor: 'var(--bg-raised)',
});
