export interface ContactFormValues {
  clientId?: string;
  name?: string;
  email?: string;
  title?: string | null;
  userId?: string | null;
}

/** Sends exactly the editable fields (clientId only on create); an emptied title or user link is null. */
export function toContactArgs(data: ContactFormValues, create: boolean): ContactFormValues {
  const args: ContactFormValues = {
    name: data.name,
    email: data.email,
    title: data.title === '' ? null : (data.title ?? null),
    userId: data.userId || null,
  };
  if (create) args.clientId = data.clientId;
  return args;
}
