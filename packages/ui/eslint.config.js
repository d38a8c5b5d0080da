export { kernelConfig as default } from '@gongkai/eslint-config';
