/**
 * The IBM GraphQL Cost Directives (https://ibm.github.io/graphql-specs/cost-spec.html), with
 * the locations Apollo Router, Hive and Cosmo accept, so one annotated schema means the same
 * cost in any of them. Each BFF adds this SDL to its typeDefs before annotating fields.
 */
export const COST_DIRECTIVES_SDL = /* GraphQL */ `
  "Weight of a field, argument, input field or of every field returning this type (IBM cost spec)."
  directive @cost(
    weight: Int!
  ) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR

  "Size of the list a field returns: fixed (assumedSize) or read from its slicing arguments (IBM cost spec)."
  directive @listSize(
    assumedSize: Int
    slicingArguments: [String!]
    sizedFields: [String!]
    requireOneSlicingArgument: Boolean = true
  ) on FIELD_DEFINITION
`;
