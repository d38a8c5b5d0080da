import { z } from 'zod';
import { divisionCode, fail, pluginProcedure, router } from '@gongkai/kernel';
import type { NotesSettings } from './server';

const p = pluginProcedure<NotesSettings, never>('fixture-notes');

export const notesRouter = router({
  /** Public: the division's greeting (proves settings reach public procedures). */
  greeting: p.public()
    .input(z.object({ divisionCode }).strict())
    .query(({ ctx }) => ({ greeting: ctx.settings.greeting })),

  /** Staff with fixture-notes.notes.read: the effective settings. */
  settings: p.can('notes.read')
    .input(z.object({ divisionCode }).strict())
    .query(({ ctx }) => ctx.settings),

  /** Staff with fixture-notes.notes.write: emits an event and enqueues the tally job. */
  post: p.can('notes.write')
    .input(z.object({ divisionCode, text: z.string().trim().min(1).max(500) }).strict())
    .mutation(async ({ ctx, input }) => {
      if (input.text.length > ctx.settings.maxLength) throw fail.badRequest(`不能超过 ${ctx.settings.maxLength} 个字符`, 'text');
      const id = await ctx.plugin.emit('fixture-notes.posted', input.divisionCode, { text: input.text });
      await ctx.plugin.enqueue('tally', { divisionCode: input.divisionCode, eventId: String(id) });
      ctx.audit.target('note', String(id), input.divisionCode);
      return { eventId: String(id) };
    }),
});
