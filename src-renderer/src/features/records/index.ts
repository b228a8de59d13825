// 表彰问责: the page of issue 14 (its service is records-service.ts).
export { RecordsPage } from './RecordsPage';
