import { NOTICE_DELIVERIES, NOTICE_KINDS } from '@cci/domain';
import { z } from 'zod';

const delivery = z.enum(NOTICE_DELIVERIES).meta({
  description:
    'immediat : dès que possible ; resume-quotidien : dans un résumé quotidien ; aucun : ne pas recevoir',
});

export const noticesViewSchema = z
  .object({
    personId: z.uuid(),
    kinds: z
      .array(
        z.object({
          kind: z.enum(NOTICE_KINDS),
          label: z.string().meta({ description: 'Son nom, tel que les messages le disent' }),
          delivery,
        }),
      )
      .meta({ description: 'Les types de notification que ses rôles reçoivent, chacun avec son choix' }),
    deliveries: z
      .array(z.object({ delivery, label: z.string() }))
      .meta({ description: 'Les choix possibles pour chaque type, dans l’ordre à montrer' }),
  })
  .meta({
    id: 'NoticesView',
    description: 'Comment les notifications parviennent à la personne connectée, type par type',
  });

export type NoticesView = z.output<typeof noticesViewSchema>;
