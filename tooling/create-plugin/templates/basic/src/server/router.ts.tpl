import { z } from 'zod';
import { divisionCode, pluginProcedure, router } from '@gongkai/kernel';
import { composeGreeting, PLUGIN_ID, type Settings } from '../contracts';

// Every procedure takes a `divisionCode`: the kernel answers NOT_FOUND where the plugin is not
// enabled, checks the permission and the caller's reach, and hands over that division's settings.
const p = pluginProcedure<Settings>(PLUGIN_ID);

const inDivision = z.object({ divisionCode }).strict();

const sendGreetingInput = z.object({
  divisionCode,
  text: z.string().trim().min(1, '请填写问候内容').max(200, '问候内容不能超过 200 个字'),
}).strict();

export const __CAMEL__Router = router({
  /** Public: the greeting a division shows to citizens, derived from its settings. */
  hello: p.public().input(inDivision).query(({ ctx, input }) => composeGreeting(ctx.settings, input.divisionCode)),

  /** Staff: the division's effective settings (inherited from the nearest division that saved some). */
  overview: p.can('overview.read').input(inDivision).query(({ ctx, input }) => ({
    divisionCode: input.divisionCode,
    settings: ctx.settings,
  })),

  /**
   * Staff: sends a greeting as a domain event. The event, the audit record and any other write
   * of this mutation commit together in one transaction, or none of them does.
   */
  sendGreeting: p.can('greetings.send').input(sendGreetingInput).mutation(async ({ ctx, input }) => {
    const eventId = await ctx.plugin.emit(`${PLUGIN_ID}.greeting-sent`, input.divisionCode, {
      text: input.text,
      senderId: ctx.principal.userId,
    });
    ctx.audit.target('greeting', eventId.toString(), input.divisionCode);
    return { eventId: eventId.toString(), text: input.text };
  }),
});

export type __PASCAL__Router = typeof __CAMEL__Router;
