/** Who made a record and who changed it last, and when (every synced record carries them). */
import { z } from 'zod';

export const AUTHORSHIP = {
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
};
