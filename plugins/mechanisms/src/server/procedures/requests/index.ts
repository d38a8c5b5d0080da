import { router } from '@gongkai/kernel';
import { confirmNoCorrection, correctionReceived, delay, extend, requestCorrection } from './clock';
import { feeNotice, feePaid, feeQuote } from './fees';
import { intake, submit } from './intake';
import { notices, markNoticeRead } from './notices';
import { get, letter, mine, myLetter, myRequest, queue, track } from './read';
import { previewReply, publishDisclosed, repeats, reply } from './reply';
import { decideReview, fileReview } from './reviews';
import { answerSubtask, cancelSubtask, sendSubtask, subtaskQueue } from './subtasks';
import { setTemplate, templates } from './templates';

export const requestsRouter = router({
  submit, intake, queue, get, letter, mine, myRequest, myLetter, track,
  requestCorrection, confirmNoCorrection, correctionReceived, extend, delay,
  sendSubtask, answerSubtask, cancelSubtask, subtaskQueue,
  feeQuote, feeNotice, feePaid,
  previewReply, reply, publishDisclosed, repeats,
  templates, setTemplate,
  fileReview, decideReview,
  notices, markNoticeRead,
});
