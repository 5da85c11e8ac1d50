export {
  API_KEY_FORMAT,
  generateApiKey,
  hashSecret,
  parseApiKey,
  type ApiKey,
  type ParsedApiKey,
} from './api-key.js';
export {
  createCredential,
  CredentialFileError,
  CredentialInputError,
  readCredentialFile,
  revokeCredential,
  type CreatedCredential,
  type CredentialRecord,
  type CredentialReference,
  type CredentialSummary,
  type NewCredential,
  type RevokedCredential,
} from './credential-file.js';
export {
  CredentialStore,
  type AuthenticatedCredential,
  type AuthenticationFailureReason,
  type AuthenticationResult,
  type CredentialStoreOptions,
} from './credential-store.js';
