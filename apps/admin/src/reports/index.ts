export { ClientReportPage, ReportPage } from './ReportPage';
export { MyReports } from './MyReports';
