import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TRPCClientError } from '@trpc/client';
import { z } from 'zod';
import { SchemaForm } from './SchemaForm';
import { fieldErrorsFrom } from '../api/errors';
import type { JsonSchema } from './json-schema';

const schema = z.toJSONSchema(z.object({
  siteTitle: z.string().min(2).max(40).meta({ title: '网站名称', description: '显示在页面顶部' }),
  replyDays: z.int().min(1).max(60).default(20).meta({ title: '答复期限（工作日）' }),
  public: z.boolean().default(false).meta({ title: '对公众开放' }),
  mode: z.enum(['主动公开', '依申请公开']).meta({ title: '公开方式' }),
  startsOn: z.iso.date().optional().meta({ title: '开始日期' }),
  contact: z.object({ phone: z.string().max(20).meta({ title: '电话' }) }).meta({ title: '联系方式' }),
  keywords: z.array(z.string()).default([]).meta({ title: '关键词' }),
}).strict(), { io: 'input' }) as JsonSchema;

function badRequest(issues: { path: string; message: string }[]) {
  return new TRPCClientError('输入无效', { result: { error: { message: '输入无效', code: -32600, data: { code: 'BAD_REQUEST', httpStatus: 400, issues } } } });
}

describe('<SchemaForm>', () => {
  it('renders a labelled control of the right kind for every field', () => {
    render(<SchemaForm schema={schema} onSubmit={() => {}} idPrefix="s" />);
    expect(screen.getByLabelText(/网站名称/)).toHaveAttribute('type', 'text');
    expect(screen.getByLabelText(/网站名称/)).toHaveAccessibleDescription('显示在页面顶部');
    expect(screen.getByLabelText(/答复期限/)).toHaveAttribute('type', 'number');
    expect(screen.getByLabelText(/答复期限/)).toHaveValue(20);
    expect(screen.getByRole('checkbox', { name: '对公众开放' })).not.toBeChecked();
    const select = screen.getByRole('combobox', { name: /公开方式/ });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['请选择', '主动公开', '依申请公开']);
    expect(screen.getByLabelText(/开始日期/)).toHaveAttribute('type', 'date');
    expect(screen.getByRole('group', { name: /联系方式/ })).toBeInTheDocument();
    expect(screen.getByLabelText(/电话/)).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /关键词/ })).toBeInTheDocument();
  });

  it('submits the typed value', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaForm schema={schema} onSubmit={onSubmit} />);
    await user.type(screen.getByLabelText(/网站名称/), '肇东市政务公开');
    await user.clear(screen.getByLabelText(/答复期限/));
    await user.type(screen.getByLabelText(/答复期限/), '15');
    await user.click(screen.getByRole('checkbox', { name: '对公众开放' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /公开方式/ }), '依申请公开');
    await user.type(screen.getByLabelText(/电话/), '0455-8888');
    await user.click(screen.getByRole('button', { name: /添加一项/ }));
    await user.type(screen.getByRole('textbox', { name: '关键词 第 1 项' }), '肇东');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(onSubmit).toHaveBeenCalledWith({ siteTitle: '肇东市政务公开', replyDays: 15, public: true, mode: '依申请公开', contact: { phone: '0455-8888' }, keywords: ['肇东'] });
  });

  it('blocks submission and names the fields that fail the client-side checks', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SchemaForm schema={schema} onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: '网站名称：此项为必填项' })).toBeInTheDocument();
    expect(screen.getByLabelText(/网站名称/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/电话/)).toHaveAccessibleDescription('错误：此项为必填项');
  });

  it('shows the server\'s BAD_REQUEST issues next to their fields', () => {
    const error = badRequest([
      { path: 'settings.siteTitle', message: '名称已被占用' },
      { path: 'settings.contact.phone', message: '电话格式不正确' },
      { path: 'divisionCode', message: '地区不存在' },
    ]);
    const errors = fieldErrorsFrom(error, { prefix: 'settings' });
    expect(errors).toEqual({ siteTitle: '名称已被占用', 'contact.phone': '电话格式不正确', '': '地区不存在' });
    render(<SchemaForm schema={schema} onSubmit={() => {}} errors={errors} />);
    expect(screen.getByLabelText(/网站名称/)).toHaveAccessibleDescription('显示在页面顶部 错误：名称已被占用');
    expect(screen.getByLabelText(/电话/)).toHaveAttribute('aria-invalid', 'true');
    expect(within(screen.getByRole('alert')).getByText('地区不存在')).toBeInTheDocument();
  });
});

describe('fieldErrorsFrom', () => {
  it('maps issue paths, keeps the first message, and ignores other error codes', () => {
    expect(fieldErrorsFrom(badRequest([{ path: 'name', message: 'A' }, { path: 'name', message: 'B' }, { path: '(input)', message: 'C' }]))).toEqual({ name: 'A', '': 'C' });
    const forbidden = new TRPCClientError('没有权限', { result: { error: { message: '没有权限', code: -32003, data: { code: 'FORBIDDEN', httpStatus: 403 } } } });
    expect(fieldErrorsFrom(forbidden)).toEqual({});
  });
});
