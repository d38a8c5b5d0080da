import { router } from '@gongkai/kernel';
import { intake, submit } from './intake';
import { get, letter, mine, myLetter, myRequest, queue, track } from './read';

export const requestsRouter = router({
  submit, intake, queue, get, letter, mine, myRequest, myLetter, track,
});
