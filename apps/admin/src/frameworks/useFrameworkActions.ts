import { useMutation } from '@tanstack/react-query';
import { useLogoutIfAccessDenied, useNotify, useRedirect, useRefresh } from 'react-admin';
import { request } from '../providers/client';
import { NewCapabilityFrameworkVersionDocument, PublishCapabilityFrameworkDocument } from './frameworkApi';
import { frameworkRepresentation } from '../common/editor/frameworkRecord';

/** Shows the API's message, unless the error ended the session (then the login page explains). */
function useNotifyFailure() {
  const notify = useNotify();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return async (error: unknown, fallback: string) => {
    if (await logoutIfAccessDenied(error)) return;
    notify(error instanceof Error && error.message ? error.message : fallback, { type: 'error' });
  };
}

/** `publishCapabilityFramework`, then every query is refetched (status, published date, lists). */
export function usePublishFramework() {
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyFailure = useNotifyFailure();
  return useMutation({
    mutationFn: async (id: string) => (await request(PublishCapabilityFrameworkDocument, { id })).publishCapabilityFramework,
    onSuccess: (framework) => {
      notify(`${frameworkRepresentation(framework)} is published.`, { type: 'success' });
      refresh();
    },
    onError: (error) => notifyFailure(error, 'The framework could not be published.'),
  });
}

/** `newCapabilityFrameworkVersion`, then the new draft's page. */
export function useNewFrameworkVersion() {
  const notify = useNotify();
  const redirect = useRedirect();
  const notifyFailure = useNotifyFailure();
  return useMutation({
    mutationFn: async (id: string) => (await request(NewCapabilityFrameworkVersionDocument, { id })).newCapabilityFrameworkVersion,
    onSuccess: (draft) => {
      notify(`${frameworkRepresentation(draft)} created as a draft.`, { type: 'success' });
      redirect('show', 'CapabilityFramework', draft.id);
    },
    onError: (error) => notifyFailure(error, 'The new version could not be created.'),
  });
}
