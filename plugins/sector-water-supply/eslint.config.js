export { pluginConfig as default } from '@gongkai/eslint-config';
