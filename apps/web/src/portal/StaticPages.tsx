import { Link } from 'react-router';
import { useDivision, usePageTitle } from '@gongkai/ui';
import { queryString } from '../shared/format';

export function GuidePage() {
  usePageTitle('信息公开指南');
  const { withDivision } = useDivision();
  return (
    <div className="gk-prose">
      <h1>政府信息公开指南</h1>
      <p>依据《中华人民共和国政府信息公开条例》，行政机关对符合条件的政府信息予以公开。本平台汇集全省各级行政机关主动公开的政府信息。</p>
      <h2>主动公开</h2>
      <p>主动公开的政府信息可通过<Link to={withDivision('/search')}>政府信息公开目录</Link>检索，按地区、发布机构、主题分类、信息类型和年份筛选，并可订阅或下载。</p>
      <h2>依申请公开</h2>
      <p>公民、法人或者其他组织可以向行政机关申请获取相关政府信息。行政机关收到申请后，能够当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内予以答复，需要延长答复期限的，经批准可延长不超过 20 个工作日。</p>
      <h2>监督和救济</h2>
      <p>认为行政机关在政府信息公开工作中侵犯其合法权益的，可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，也可以依法申请行政复议或者提起行政诉讼。</p>
    </div>
  );
}

export function OpenDataPage() {
  usePageTitle('开放数据');
  const { code } = useDivision();
  const qs = queryString({ division: code });
  return (
    <div className="gk-prose">
      <h1>开放数据与接口</h1>
      <p>政府信息公开目录的数据以开放格式提供，无需登录即可使用。</p>
      <h2>订阅</h2>
      <ul>
        <li><a href={`/feeds/atom.xml${qs}`} type="application/atom+xml">{code ? '本地区' : '全省'}公开信息订阅（Atom）</a></li>
        <li>按主题订阅：在地址后加 <code>topic=主题分类代码</code>，如 <code>/feeds/atom.xml?topic=0201</code>。</li>
      </ul>
      <h2>下载</h2>
      <ul>
        <li><a href={`/api/v1/catalogue/export.json${qs}`} download>目录数据（JSON）</a></li>
        <li><a href={`/api/v1/catalogue/export.csv${qs}`} download>目录数据（CSV）</a></li>
      </ul>
      <p>在<Link to="/search">目录检索</Link>页面，可下载任意一次检索的结果。</p>
      <h2>接口</h2>
      <p>其他政务系统可通过 REST 接口读取公开数据，接口说明见 <a href="/api/v1/openapi.json">OpenAPI 文档</a>。</p>
    </div>
  );
}

export function AccessibilityPage() {
  usePageTitle('无障碍声明');
  return (
    <div className="gk-prose">
      <h1>无障碍声明</h1>
      <p>本网站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668—2019）和 WCAG 2.1 AA 级要求建设：</p>
      <ul>
        <li>所有页面可仅用键盘操作，焦点清晰可见；每页提供“跳到主要内容”链接。</li>
        <li>页面使用系统字体，可随浏览器放大到 200% 而不丢失内容，在 320 像素宽的屏幕上无需横向滚动即可阅读。</li>
        <li>文字与背景对比度不低于 4.5:1；图表同时提供数据表。</li>
        <li>表单控件均有文字标签，错误提示与对应字段关联。</li>
      </ul>
      <p>如在使用中遇到障碍，请通过页面底部的联系方式告诉我们。</p>
    </div>
  );
}
