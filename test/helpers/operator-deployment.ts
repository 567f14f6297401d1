/**
 * The upstream tigera-operator Deployment, cut to what decides no-host-network: it tolerates every
 * NoSchedule taint and mounts the node's /var/lib/calico (node evidence). The kustomize patch tests
 * put it on the host network by a patch and judge it where the patch lands.
 */
export const OPERATOR = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: tigera-operator
  namespace: tigera-operator
spec:
  selector:
    matchLabels: {name: tigera-operator}
  template:
    metadata:
      labels: {name: tigera-operator}
    spec:
      tolerations:
        - effect: NoSchedule
          operator: Exists
      containers:
        - name: tigera-operator
          image: quay.io/tigera/operator:v1.30.7
          volumeMounts:
            - name: var-lib-calico
              mountPath: /var/lib/calico
      volumes:
        - name: var-lib-calico
          hostPath:
            path: /var/lib/calico
`;
