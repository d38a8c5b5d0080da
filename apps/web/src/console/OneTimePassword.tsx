import { Notice } from '@gongkai/ui';

/** A one-time password, shown once: the server keeps only its hash. */
export function OneTimePassword({ username, password, onDismiss }: { username: string; password: string; onDismiss: () => void }) {
  return (
    <Notice tone="warning" title={`账号 ${username} 的一次性密码`}>
      <p>请立即将此密码通过安全渠道告知本人。<strong>此密码只显示这一次</strong>，关闭后无法再次查看；本人首次登录时须修改密码。</p>
      <p><code className="gk-secret" data-testid="one-time-password">{password}</code></p>
      <button type="button" className="gk-button-secondary" onClick={onDismiss}>我已记下，关闭</button>
    </Notice>
  );
}
