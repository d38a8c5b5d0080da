// @gongkai/ui: shared React components and the client plumbing plugins use.
export { createApiClient, setApiClient, getApiClient, createPluginClient, type ApiClientOptions, type KernelAppRouter } from './api/client';
export { useApiQuery, useApiMutation, apiKey, skipToken, type QueryProcedure, type MutationProcedure, type ApiQueryOptions, type ApiMutationOptions } from './api/hooks';
export { fieldErrorsFrom, errorMessage, errorCode, type ApiError, type FieldIssue, type FieldErrors } from './api/errors';
export { readCsrfToken, CSRF_COOKIE, CSRF_HEADER } from './api/csrf';
export { procedurePath } from './api/path-proxy';

export { DivisionProvider, useDivision, appendDivisionParam, isDivisionCode, DIVISION_PARAM, CONSOLE_DIVISION_KEY, type DivisionState, type DivisionProviderProps } from './division/division-context';
export { DivisionSwitcher, type DivisionSwitcherProps } from './division/DivisionSwitcher';

export { PortalLayout, type PortalLayoutProps } from './layout/PortalLayout';
export { ConsoleLayout, type ConsoleLayoutProps } from './layout/ConsoleLayout';
export { SiteFooter, type SiteFooterConfig } from './layout/SiteFooter';
export { SkipLink } from './layout/SkipLink';
export { RouteFocus } from './layout/RouteFocus';
export { usePageTitle, SITE_NAME } from './layout/page-title';
export type { NavItem } from './layout/nav';

export { DataTable, compareValues, type Column, type DataTableProps, type SortState, type SortDirection } from './table/DataTable';
export { Pager, pageWindow, type PagerProps } from './table/Pager';

export { SchemaForm, type SchemaFormProps } from './form/SchemaForm';
export { SchemaFields, type SchemaFieldsProps } from './form/SchemaFields';
export { describeSchema, initialValue, labelOf, type JsonSchema, type FieldSpec, type EnumOption, type ObjectField } from './form/json-schema';
export { validateValue } from './form/validate';

export { Chart, type ChartProps } from './chart/Chart';
export { buildChartOption, chartPalette, type ChartKind, type ChartSeries, type ChartData } from './chart/chart-options';

export { Notice, QueryState } from './feedback/Notice';
