/**
 * The authorization directives clients know from Apollo Router and Hive Router:
 * `@authenticated` (any verified principal) and `@requiresScopes(scopes: [[String!]!]!)`
 * (the outer list is OR, each inner list AND: `[["orders:read"], ["admin"]]` lets in holders
 * of orders:read or of admin). On a field, a type (every field returning it and every field
 * of it) or a scalar/enum. Each BFF adds this SDL to its typeDefs before annotating.
 */
export const AUTHORIZATION_DIRECTIVES_SDL = /* GraphQL */ `
  "Only a verified principal may read this field or type."
  directive @authenticated on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM

  "Only a principal holding all scopes of at least one inner list may read this field or type."
  directive @requiresScopes(
    scopes: [[String!]!]!
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | SCALAR | ENUM
`;
