// The demo tenant's users. users[0] is the one who signs in to the add-in; the second shares a contact folder.
import type { DemoUser } from '../oidc/access-token.js';

export const DEMO_TENANT_ID = '7c0f4e1a-3b52-4d7e-9a61-2f8c5d90b4e3';

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'b1f5e6a2-8c4d-4f3b-9e71-0a2d6c8e4f10',
    tenantId: DEMO_TENANT_ID,
    displayName: 'Dana Whitfield',
    userPrincipalName: 'dana.whitfield@contoso.example',
    mail: 'dana.whitfield@contoso.example',
  },
  {
    id: 'c3a7d9e4-1f2b-4a6c-8d5e-7b9f0e1c2a34',
    tenantId: DEMO_TENANT_ID,
    displayName: 'Ravi Menon',
    userPrincipalName: 'ravi.menon@contoso.example',
    mail: 'ravi.menon@contoso.example',
  },
];

/** Directory fields beyond the token claims: `/me` shows the user's own, `/me/people` those of colleagues. */
export const DEMO_PROFILES: Readonly<Record<string, { jobTitle: string; department: string; officeLocation: string; mobilePhone: string; businessPhones: string[] }>> = {
  'b1f5e6a2-8c4d-4f3b-9e71-0a2d6c8e4f10': { jobTitle: 'Account Manager', department: 'Sales', officeLocation: 'Lisbon 2.14', mobilePhone: '+351 912 345 678', businessPhones: ['+351 21 000 1234'] },
  'c3a7d9e4-1f2b-4a6c-8d5e-7b9f0e1c2a34': { jobTitle: 'Sales Director', department: 'Partner Sales', officeLocation: 'Bengaluru 5A', mobilePhone: '+91 98450 12345', businessPhones: ['+91 80 4000 1234'] },
};
