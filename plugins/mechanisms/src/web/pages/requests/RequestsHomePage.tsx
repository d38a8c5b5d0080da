// Portal: the entry to 依申请公开 — how to apply, the statutory periods, and the three services.
import { Link } from 'react-router';
import { useDivision, usePageTitle } from '@gongkai/ui';

export default function RequestsHomePage() {
  usePageTitle('依申请公开');
  const { withDivision } = useDivision();
  return (
    <div className="gk-prose">
      <h1>依申请公开</h1>
      <p>除行政机关主动公开的政府信息外，公民、法人或者其他组织可以向行政机关申请获取相关政府信息。</p>
      <ul className="gk-cards">
        <li className="gk-card">
          <h2><Link to={withDivision('/requests/apply')}>在线申请</Link></h2>
          <p>使用公众账号登录后填写申请，提交即获得申请编号。</p>
        </li>
        <li className="gk-card">
          <h2><Link to={withDivision('/requests/track')}>办理进度查询</Link></h2>
          <p>凭申请编号查询办理状态、答复期限及期限的计算方法。</p>
        </li>
        <li className="gk-card">
          <h2><Link to={withDivision('/requests/mine')}>我的申请</Link></h2>
          <p>查看本人提交的申请和收到的告知书。</p>
        </li>
      </ul>
      <h2>办理时限</h2>
      <ul>
        <li>能够当场答复的，当场予以答复；不能当场答复的，自收到申请之日起20个工作日内予以答复。</li>
        <li>需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。</li>
        <li>申请内容不明确的，行政机关在收到申请之日起7个工作日内一次性告知补正；答复期限自收到补正的申请之日起计算。</li>
        <li>征求第三方和其他机关意见所需时间不计算在答复期限内。</li>
        <li>期限按工作日计算，周末和法定节假日不计入，调休上班日计入。</li>
      </ul>
      <h2>其他申请方式</h2>
      <p>也可以通过当面提交、邮寄、传真、电子邮件等方式向行政机关的政府信息公开工作机构提出申请；书面申请确有困难的，可以口头提出，由工作人员代为填写。</p>
    </div>
  );
}
