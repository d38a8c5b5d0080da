// 信息共享 (work plan item 16): the sharing catalogue and access requests between departments.
import { router } from '@gongkai/kernel';
import { decide, incoming, outgoing, request, revoke, withdrawRequest } from './requests';
import { catalogue, resource, saveResource, withdrawResource } from './resources';

export const sharingRouter = router({
  catalogue, resource, saveResource, withdrawResource,
  request, decide, withdrawRequest, revoke, incoming, outgoing,
});
