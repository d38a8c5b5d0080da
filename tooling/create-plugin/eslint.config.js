import { appConfig } from '@gongkai/eslint-config';

export default [{ ignores: ['templates/**'] }, ...appConfig];
