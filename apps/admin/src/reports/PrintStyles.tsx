import { GlobalStyles } from '@mui/material';

/**
 * Print / "save as PDF" of a report: only the report, on white, every gap open, each big section
 * on its own page. Mounted with the report, so other pages print as they always did.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@media print': {
        '@page': { margin: '14mm' },
        body: { background: '#fff !important' },
        // The admin's frame: app bar, menu, tabs, toolbars, notifications, every button.
        '.MuiAppBar-root, .MuiDrawer-root, .MuiTabs-root, .MuiSnackbar-root, .MuiButton-root, .MuiIconButton-root, [data-print="hide"]': {
          display: 'none !important',
        },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-appFrame, .RaLayout-contentWithSidebar, .RaLayout-content': { background: '#fff !important' },
        // Toolbars whose buttons are hidden would leave an empty band.
        '.MuiToolbar-root': { minHeight: '0 !important' },
        '.RaLayout-content, .RaLayout-contentWithSidebar': { padding: '0 !important', margin: '0 !important' },
        '.MuiPaper-root': { boxShadow: 'none !important' },
        // Shading (heatmap cells, score bars) carries meaning: print it.
        '.orchestra-report, .orchestra-report *': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
        // Every gap expanded, whatever was open on screen.
        '.orchestra-report .MuiCollapse-root': { height: 'auto !important', visibility: 'visible !important', minHeight: '0 !important' },
        '.orchestra-report .MuiAccordionSummary-expandIconWrapper': { display: 'none !important' },
        '.orchestra-report .report-section--break': { breakBefore: 'page' },
        '.orchestra-report .report-gap, .orchestra-report .report-option, .orchestra-report tr, .orchestra-report .report-chart': { breakInside: 'avoid' },
        '.orchestra-report h2, .orchestra-report h3': { breakAfter: 'avoid' },
      },
    }}
  />
);
