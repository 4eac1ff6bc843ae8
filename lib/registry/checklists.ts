import type { Family } from '../catalog/families'
import type { CodeKind } from './types'

/** One step of a code page's checklist: like a guide's check, it only reads, never changes anything. */
export type CodeCheck = { id: string; title: string; why: string; command?: string }

const whoAmI: CodeCheck = {
  id: 'confirm-caller-identity',
  title: 'Confirm which identity and account made the call',
  why: 'Most surprises start with the wrong profile, role or account. This call needs no permission, so it answers even when everything else is refused.',
  command: 'aws sts get-caller-identity --profile <profile>',
}

const recentCalls: CodeCheck = {
  id: 'find-the-call-in-cloudtrail',
  title: 'Find the failed call in CloudTrail',
  why: 'CloudTrail records management calls with their error code, the identity, the parameters AWS received and the time, which shows what the service saw rather than what the code meant to send.',
  command: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=<operation> --start-time <start-time> --region <region>',
}

/**
 * A checklist for each family, in the order an expert works, for codes that have no guide yet.
 * Each command reads only; placeholders are those of lib/catalog/placeholders.ts.
 */
export const FAMILY_CHECKLISTS: Record<Family, CodeCheck[]> = {
  identity: [
    whoAmI,
    {
      id: 'list-credential-sources',
      title: 'See where the credentials come from',
      why: 'The CLI and SDKs take the first credentials they find (environment, profile, SSO, container or instance role). This shows which source won and whether a key, region or profile is set.',
      command: 'aws configure list --profile <profile>',
    },
    {
      id: 'list-aws-variables',
      title: 'List the AWS variables set in this shell',
      why: 'A stale AWS_ACCESS_KEY_ID or AWS_SESSION_TOKEN in the environment outranks the profile you meant to use. This prints the names only, never the values.',
      command: "env | grep -o '^AWS_[A-Z_]*'",
    },
    {
      id: 'check-key-status',
      title: 'Check that the access key exists and is active',
      why: 'A deleted or deactivated key, or one from another account, is refused before any policy is read.',
      command: 'aws iam list-access-keys --user-name <user-name>',
    },
    {
      id: 'check-clock',
      title: 'Compare the clock with UTC',
      why: 'Signatures carry a timestamp; a clock off by more than a few minutes makes valid credentials fail.',
      command: 'date -u',
    },
  ],
  authorization: [
    whoAmI,
    {
      id: 'decode-the-message',
      title: 'Decode an encoded authorization message',
      why: 'Some services return the reason for a denial encoded; decoding it names the action, resource and the policy layer that refused.',
      command: 'aws sts decode-authorization-message --encoded-message <encoded-message>',
    },
    {
      id: 'simulate-the-action',
      title: 'Simulate the action against the identity policies',
      why: 'The policy simulator evaluates the caller’s identity policies for one action and resource, and says which statement allows or denies it.',
      command: 'aws iam simulate-principal-policy --policy-source-arn <principal-arn> --action-names <action> --resource-arns <resource-arn>',
    },
    {
      id: 'list-role-policies',
      title: 'List the policies attached to the role',
      why: 'A missing managed policy or a permissions boundary on the role is the most common cause when the simulator shows no allow.',
      command: 'aws iam list-attached-role-policies --role-name <role-name>',
    },
    {
      id: 'list-scps',
      title: 'List the service control policies on the account',
      why: 'An SCP can deny an action that every policy in the account allows; only the organization’s management account (or a delegated administrator) can read them.',
      command: 'aws organizations list-policies-for-target --target-id <account-id> --filter SERVICE_CONTROL_POLICY',
    },
    recentCalls,
  ],
  'not-found': [
    whoAmI,
    {
      id: 'confirm-region',
      title: 'Confirm the Region the call went to',
      why: 'Most resources live in one Region; a name that exists in another Region, or the default Region of another profile, is not found here.',
      command: 'aws configure get region --profile <profile>',
    },
    {
      id: 'search-tagged-resources',
      title: 'Look for the resource in this Region',
      why: 'The tagging API lists the ARNs of tagged resources of every service, which shows quickly whether the name or ARN you used exists in this account and Region (untagged resources do not appear).',
      command: 'aws resourcegroupstaggingapi get-resources --region <region> --query "ResourceTagMappingList[].ResourceARN"',
    },
    {
      id: 'find-deletion',
      title: 'Check whether the resource was deleted',
      why: 'A resource deleted by another process or a stack update is a frequent cause; CloudTrail keeps 90 days of management events by resource name.',
      command: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=ResourceName,AttributeValue=<resource-arn> --region <region>',
    },
  ],
  validation: [
    {
      id: 'read-the-field',
      title: 'Read which field and rule the message names',
      why: 'Validation messages name the parameter and the constraint (pattern, length, allowed values); the fix is usually in that one value.',
    },
    {
      id: 'check-tool-version',
      title: 'Check the CLI or SDK version',
      why: 'An old CLI or SDK does not know newer parameters or values and can send a request the service no longer accepts.',
      command: 'aws --version',
    },
    {
      id: 'check-json-input',
      title: 'Validate a JSON input file',
      why: 'A parameter file with a syntax error, or a policy pasted with smart quotes, is rejected as malformed.',
      command: 'python3 -m json.tool input.json',
    },
    recentCalls,
  ],
  throttling: [
    {
      id: 'tell-rate-from-quota',
      title: 'Tell a rate limit from a quota',
      why: 'A rate limit passes with time and retries; a quota on how many resources you have does not, and needs a deletion or an increase. The code’s name and message usually say which.',
    },
    {
      id: 'list-quotas',
      title: 'List the service’s quotas in this Region',
      why: 'Service Quotas shows the applied value of each quota, which you can compare with your usage and raise where it is adjustable.',
      command: 'aws service-quotas list-service-quotas --service-code <service> --region <region>',
    },
    {
      id: 'check-retry-settings',
      title: 'Check the retry mode and attempts',
      why: 'The standard and adaptive retry modes back off and retry throttled calls; a legacy mode or a low attempt count gives up sooner.',
      command: 'aws configure get retry_mode --profile <profile>',
    },
    {
      id: 'count-recent-calls',
      title: 'Count recent calls of the operation',
      why: 'A burst of calls from a loop, a retry storm or another workload in the same account shows up as many events in a short time.',
      command:
        'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=<operation> --start-time <start-time> --region <region> --query "length(Events)"',
    },
  ],
  conflict: [
    {
      id: 'read-current-state',
      title: 'Read the resource’s current state',
      why: 'The request is valid for some state of the resource but not the one it is in now: describe it first (creating, in use, already existing, being deleted).',
    },
    {
      id: 'find-other-changes',
      title: 'Find other changes to the same resource',
      why: 'A second process, a stack update or a retry that already succeeded often explains a conflict; CloudTrail shows who changed the resource and when.',
      command:
        'aws cloudtrail lookup-events --lookup-attributes AttributeKey=ResourceName,AttributeValue=<resource-arn> --start-time <start-time> --region <region>',
    },
    whoAmI,
  ],
  'service-side': [
    {
      id: 'keep-request-id',
      title: 'Keep the request ID and the time',
      why: 'AWS Support traces a server error by its request ID; note it with the time and Region before retrying.',
    },
    {
      id: 'check-health',
      title: 'Check AWS Health for open events',
      why: 'An ongoing event in the service and Region explains a run of server errors. The Health API needs a Business, Enterprise On-Ramp or Enterprise support plan; otherwise use the Health Dashboard in the console.',
      command: 'aws health describe-events --region us-east-1 --filter eventStatusCodes=open',
    },
    {
      id: 'check-retry-settings',
      title: 'Check the retry mode and attempts',
      why: 'SDKs retry server errors with backoff; a client that does not retry, or gives up after one attempt, turns a passing fault into a failure.',
      command: 'aws configure get retry_mode --profile <profile>',
    },
    recentCalls,
  ],
  'client-side': [
    {
      id: 'check-tool-version',
      title: 'Check the CLI or SDK version',
      why: 'Client-side errors depend on the tool: its credential chain, its parameter validation and its endpoint rules change between versions.',
      command: 'aws --version',
    },
    {
      id: 'list-credential-sources',
      title: 'See which credentials and Region the tool found',
      why: 'This shows, for the profile, where the access key and Region come from, or that none was found.',
      command: 'aws configure list --profile <profile>',
    },
    {
      id: 'list-profiles',
      title: 'List the profiles the tool knows',
      why: 'A profile name with a typo, or defined only in another config file, is not found.',
      command: 'aws configure list-profiles',
    },
    {
      id: 'list-aws-variables',
      title: 'List the AWS variables set in this shell',
      why: 'AWS_PROFILE, AWS_REGION and credential variables change what the tool looks for. This prints the names only, never the values.',
      command: "env | grep -o '^AWS_[A-Z_]*'",
    },
    {
      id: 'resolve-endpoint',
      title: 'Check that the endpoint resolves',
      why: 'Connection and timeout errors often come from DNS, a proxy or a missing route; resolving the Regional endpoint tests the first step.',
      command: 'nslookup sts.<region>.amazonaws.com',
    },
  ],
}

/** Codes that are not request errors get a checklist for what they are: a stack status, a Lambda function error, an ECS stop. */
export const KIND_CHECKLISTS: Partial<Record<CodeKind, CodeCheck[]>> = {
  status: [
    {
      id: 'read-stack-status',
      title: 'Read the stack’s status and its reason',
      why: 'The status says where the stack is (failed, rolled back, stuck in a rollback) and decides what you can do next: a ROLLBACK_COMPLETE stack can only be deleted, an UPDATE_ROLLBACK_FAILED one must continue its rollback.',
      command: 'aws cloudformation describe-stacks --stack-name <stack-name> --region <region> --query "Stacks[0].[StackStatus,StackStatusReason]"',
    },
    {
      id: 'find-first-failure',
      title: 'Find the first resource that failed',
      why: 'Later failures are usually cancellations caused by the first one; its reason is the real error.',
      command:
        'aws cloudformation describe-stack-events --stack-name <stack-name> --region <region> --query "StackEvents[?contains(ResourceStatus, \'FAILED\')].[Timestamp,LogicalResourceId,ResourceStatusReason]" --output table',
    },
    {
      id: 'list-resource-states',
      title: 'List the state of each resource',
      why: 'Shows which resources exist, which failed and which a rollback could not undo.',
      command: 'aws cloudformation describe-stack-resources --stack-name <stack-name> --region <region>',
    },
    whoAmI,
  ],
  runtime: [
    {
      id: 'read-function-settings',
      title: 'Read the function’s runtime and handler',
      why: 'Handler and import errors come from a handler setting that does not match the file and function names in the package, or from a runtime that does not match the code.',
      command:
        'aws lambda get-function-configuration --function-name <function-name> --region <region> --query "[Runtime,Handler,PackageType,MemorySize,Timeout]"',
    },
    {
      id: 'read-function-logs',
      title: 'Read the function’s recent logs',
      why: 'The log holds the full error with its stack trace, and the REPORT line shows memory used and duration against the limits.',
      command: 'aws logs tail /aws/lambda/<function-name> --since 1h --region <region>',
    },
    {
      id: 'list-layers',
      title: 'List the layers the function uses',
      why: 'A module the code imports may be expected from a layer that is missing, of another version, or built for another runtime or architecture.',
      command: 'aws lambda get-function-configuration --function-name <function-name> --region <region> --query "Layers[].Arn"',
    },
  ],
  'stopped-reason': [
    {
      id: 'read-stopped-reason',
      title: 'Read the stopped task’s reason and stop code',
      why: 'The task’s stoppedReason and each container’s reason carry the full message, including the inner AWS error (ECR, Secrets Manager, CloudWatch Logs) that stopped it. Stopped tasks stay visible for about an hour.',
      command:
        'aws ecs describe-tasks --cluster <cluster-name> --region <region> --tasks $(aws ecs list-tasks --cluster <cluster-name> --region <region> --desired-status STOPPED --query "taskArns[0]" --output text) --query "tasks[0].[stopCode,stoppedReason,containers[].reason]"',
    },
    {
      id: 'check-image',
      title: 'Check that the image exists in the repository',
      why: 'A wrong tag or repository, or an image in another Region or account, cannot be pulled.',
      command: 'aws ecr describe-images --repository-name <repository-name> --region <region>',
    },
    {
      id: 'check-execution-role',
      title: 'List the policies of the task execution role',
      why: 'The execution role pulls the image, reads secrets and writes logs for the task; a missing permission there stops the task before it starts.',
      command: 'aws iam list-attached-role-policies --role-name <role-name>',
    },
    {
      id: 'check-log-group',
      title: 'Check that the log group exists',
      why: 'With the awslogs driver, a log group that does not exist (and is not created by the task) stops the task at start.',
      command: 'aws logs describe-log-groups --log-group-name-prefix /ecs/ --region <region>',
    },
  ],
}

/** The checklist a code page shows: its kind's own where it has one, else its family's. */
export function checklistFor(family: Family, kind: CodeKind): CodeCheck[] {
  return KIND_CHECKLISTS[kind] ?? FAMILY_CHECKLISTS[family]
}
