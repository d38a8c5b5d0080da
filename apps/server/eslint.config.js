export { appConfig as default } from '@gongkai/eslint-config';
