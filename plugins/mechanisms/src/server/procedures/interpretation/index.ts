// 专家解读 (work plan item 16): the expert register, interpretations of catalogue policies, major
// policies and coverage, and the public list.
import { router } from '@gongkai/kernel';
import { experts, saveExpert } from './experts';
import { get, list, publish, save, withdraw } from './interpretations';
import { coverage, flagMajor, unflagMajor } from './major';
import { publicGet, published } from './public';

export const interpretationRouter = router({
  experts, saveExpert,
  list, get, save, publish, withdraw,
  flagMajor, unflagMajor, coverage,
  published, publicGet,
});
