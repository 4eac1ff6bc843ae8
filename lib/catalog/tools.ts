/** Tools whose printed form of an error a guide can show. The key is used in frontmatter `examples[].tool`. */
export const TOOLS = {
  'aws-cli': 'AWS CLI',
  boto3: 'Python (boto3)',
  'js-v3': 'JavaScript SDK v3',
  'js-v2': 'JavaScript SDK v2',
  'java-v2': 'Java SDK v2',
  'java-v1': 'Java SDK v1',
  'go-v2': 'Go SDK v2',
  'go-v1': 'Go SDK v1',
  dotnet: '.NET SDK',
  powershell: 'AWS Tools for PowerShell',
  terraform: 'Terraform',
  cloudformation: 'CloudFormation',
  cdk: 'AWS CDK',
  sam: 'AWS SAM',
  console: 'AWS Management Console',
  http: 'Raw HTTP response',
  kubectl: 'kubectl',
} as const satisfies Record<string, string>

export type Tool = keyof typeof TOOLS
export const TOOL_IDS = Object.keys(TOOLS) as [Tool, ...Tool[]]
